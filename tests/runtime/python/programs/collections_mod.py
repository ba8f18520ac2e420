from collections import deque, defaultdict, Counter
d = deque([1, 2]); d.appendleft(0); d.append(3); print(d, d.popleft(), d.pop(), len(d), list(d), d[0], deque(), deque('ab', maxlen=3))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dict(dd), dd['a'], defaultdict(int), type(dd).__name__, isinstance(dd, dict))
c = Counter('mississippi'); print(c, c.most_common(2), c['s'], c['z'], Counter(), Counter([1,1,2]))
try:
    deque().popleft()
except IndexError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
