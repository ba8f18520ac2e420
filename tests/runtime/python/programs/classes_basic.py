class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    def __eq__(self, o):
        return isinstance(o, A) and o.x == self.x
    def __lt__(self, o):
        return self.x < o.x
    @property
    def double(self):
        return self.x * 2
    @staticmethod
    def s(): return 's'
    @classmethod
    def make(cls, v): return cls(v)

class B(A):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
    def __str__(self):
        return f"B<{self.x},{self.y}>"

a = A(1); b = B(2, 3)
print(a, b, [a, b], repr(b), A.s(), A.make(5), B.make(7), a.double, b.double)
print(sorted([B(3), A(1), A(2)]), a == A(1), a != A(1), a in [A(1)], type(b).__name__, isinstance(b, A), B.__mro__)
try:
    {}['k']
except KeyError as e:
    print('caught', repr(e), e.args, str(e))
class MyErr(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)
d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v, end='; ')
print()
print([x * 2 for x in range(5) if x % 2], {k: v for k, v in zip('ab', [1, 2])}, sum(x for x in range(4)))
print(f"{3.14159:.2f} {'hi':>5} {[1,2]!r} {b!s} {a!r}")
print(list(map(lambda t: t + 1, [1, 2])), sorted(['bb', 'a'], key=lambda s: len(s)), max([A(3), A(9)], key=lambda o: o.x))
import math, time, functools
print(math.sqrt(16), math.floor(2.7), functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.partial(pow, 2)(10))
x = [1, 2]; y = x; x += [3]; print(y)
print(getattr(a, 'x'), hasattr(a, 'zz'), a.__dict__, vars(b))
a.zz
