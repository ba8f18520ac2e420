import functools
def f(a, b, c=0): return (a, b, c)
p = functools.partial(f, 1, c=3)
print(p(2), p(2, c=9), p.func is f, p.args, p.keywords)
q = functools.partial(p, 5)
print(q(), q.func is f, q.args, q.keywords)
print(repr(p).startswith("functools.partial(<function f at "), repr(p).endswith(", 1, c=3)"))
print(type(p), callable(p), isinstance(p, functools.partial))
try:
    functools.partial()
except TypeError as e:
    print(e)
try:
    functools.partial(1)
except TypeError as e:
    print(e)
pr = functools.partial(print, sep="-")
pr(1, 2)
class A:
    def m(self, x): return x
    pm = functools.partialmethod(m, 7)
print(A().pm())
