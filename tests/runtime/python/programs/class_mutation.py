class A:
    def f(self):
        return 'A.f'
class B(A):
    pass
b = B()
print(b.f(), B.f(b), hasattr(b, 'g'))
A.f = lambda self: 'patched'
A.g = 42
print(b.f(), b.g, B.g)
B.f = lambda self: 'B own'
print(b.f(), A().f())
del B.f
print(b.f())
b.f = lambda: 'instance attr'
print(b.f())
del A.g
print(hasattr(b, 'g'), hasattr(B, 'g'))
class C:
    x = 1
    @property
    def x2(self):
        return self.x * 2
c = C()
print(c.x2)
C.x = 10
print(c.x2, c.x)
c.x = 5
print(c.x2, C.x)
C.x2 = 'plain'
print(c.x2)
Dyn = type('Dyn', (A,), {'k': 3, 'h': lambda self: self.k * 2})
dy = Dyn()
print(Dyn.__name__, dy.k, dy.h(), dy.f(), isinstance(dy, A), type(dy) is Dyn, [c.__name__ for c in Dyn.__mro__])
print(b.g)
