class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __format__(self, spec):
        return f"<{self.x:{spec}},{self.y:{spec}}>"

a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(V(3, 4)), sum([a, b]))
print(a == V(1, 2), a != b, {a: 'first'}[V(1, 2)], len({a, V(1, 2), b}))
print(bool(V(0, 0)), bool(a), list(a), a[1], len(a), 2 in a, 5 in a)
x, y = b
print(x, y, f"{a:03d}", format(b, '>2'))
try:
    a + 1
except TypeError as e:
    print('TypeError:', e)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Counter(3)), [c * 10 for c in Counter(2)], sum(Counter(4)))
it = iter(Counter(1))
print(next(it), next(it, 'done'))

class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, v):
        return v + self.k

add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])), callable(add5))

class Lazy:
    def __getattr__(self, name):
        return name.upper()

l = Lazy()
l.real = 1
print(l.foo, l.real, getattr(l, 'bar'), hasattr(l, 'anything'))

class Box:
    def __init__(self):
        self.items = {}
    def __setitem__(self, k, v):
        self.items[k] = v
    def __getitem__(self, k):
        return self.items[k]
    def __delitem__(self, k):
        del self.items[k]

bx = Box()
bx['a'] = 1
bx['b'] = 2
del bx['a']
print(bx.items, bx['b'])
bx['zz']
