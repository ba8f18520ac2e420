data = [('bob', 3), ('alice', 5), ('carol', 3), ('dave', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: (p[1], p[0])))
names = [n for n, _ in data]
print(', '.join(names), names[::-1], names[1:3], len(names))
d = {}
for n, s in data:
    d.setdefault(s, []).append(n)
print(d, list(d), sorted(d.items()))
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('abc', range(3))), list(enumerate('xy', start=10)))
print(any(s > 4 for _, s in data), all(isinstance(n, str) for n in names))
nums = list(range(1, 11))
print(sum(nums) / len(nums), sum(nums) // 3, divmod(sum(nums), 7), round(sum(nums) / 7, 3))
print([n ** 2 for n in nums if n % 3 == 0], {n % 3 for n in nums}, {n: n * n for n in range(3)})
print(2 ** 100, -2 ** 63, 10 ** 20 // 7, 7 % -3, -7 // 2, 1e300 * 10, 0.1 + 0.2, 1 / 3)
print(int('12') + int(3.99), float('1.5') * 2, str(12) + 'x', bool(''), 3 * 'ab', [0] * 3)
s = 'The quick brown fox'
print(s.lower().split(), s.count('o'), s.find('quick'), s.replace(' ', '_'), s[4:9].upper(), s.startswith('The'))
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|", f"{1234567.891:,.2f}", f"{0.256:.1%}", f"{42:08b}")
words = s.split()
words.sort(key=len)
print(words, sorted(words, key=str.lower))
stack = [1, 2, 3]
stack.append(4)
print(stack.pop(), stack.pop(0), stack, stack.index(3))
stack.insert(0, 'z')
stack.extend('ab')
stack.remove('a')
print(stack, stack.count('z'), stack.copy() == stack, stack.copy() is stack)
t = (1, 2, 3)
a, *rest = t
print(a, rest, t + (4,), t * 2, t.count(2), t.index(3), (1,), ())
st = {3, 1, 2}
st.add(5)
st.discard(1)
print(st, st | {9}, st & {2, 3}, st - {2}, 2 in st, len(st), sorted(st))
print(isinstance(3, (int, float)), type(3.0) is float, type([]) == list, id(st) == id(st))
print(abs(-5), abs(-2.5), pow(2, 8), pow(2, 8, 10), hex(255), bin(10), oct(8), chr(97), ord('a'))
print(list(map(str, range(3))), list(filter(lambda v: v % 2, range(6))), list(reversed([1, 2, 3])))
m = [[1, 2], [3, 4]]
print([row[1] for row in m], [[r[i] for r in m] for i in range(2)], sum(m, []))
print(str(None), repr(None), None is None, [] == [], [] is [])
print('%s has %d items (%.1f%%)' % ('cart', 3, 42.123))
print('{} + {} = {}'.format(1, 2, 3), '{name}!'.format(name='hi'))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1e16))
import math
print(math.pi, math.floor(-2.5), math.ceil(2.1), math.gcd(12, 8), math.isclose(0.1 + 0.2, 0.3), math.inf > 10 ** 300)
print(1 < 2 < 3, 1 < 3 < 2, 'a' < 'b', [1, 2] < [1, 3], (1, 'a') < (1, 'b'))
x = None
print(x or 'default', x and 1, 0 or [] or 'last', 1 and 2 and 3)
print(len({1: 2, True: 3, 1.0: 4}), {1: 2, True: 3})
print(int('  -42  '), float('  3.5e2 '), int('0o17', 8), int('z', 36))
lst = [3, 1, 2]
print(sorted(lst), lst, lst.sort(), lst)
print('end')
print(undefined_variable)
