from collections import Counter
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5, d=-1)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
c = Counter("hello"); c2 = c
c += Counter("world")
print(c, c is c2)
c -= {"l": 5, "z": 1}
print(c)
c |= Counter(h=4); print(c)
c &= Counter(h=2, o=9); print(c)
print(Counter(a=1, b=0) == Counter(a=1), Counter(a=1) == {"a": 1}, Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=3) > Counter(a=1), Counter(a=1) >= Counter(a=1, b=1))
try:
    Counter() + {}
except TypeError as e:
    print(e)
try:
    Counter() < {}
except TypeError as e:
    print(e)
try:
    c += 1
except AttributeError as e:
    print(e)
print(sum([Counter(a=1), Counter(a=2, b=1)], Counter()))
