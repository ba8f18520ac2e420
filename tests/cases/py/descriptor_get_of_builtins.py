# Functions, properties, staticmethods and classmethods are descriptors: hasattr(x, '__get__') and __get__(obj, type) bind as attribute lookup does.
print(hasattr(property(len), '__get__'), hasattr(staticmethod(len), '__get__'), hasattr(len, '__get__'), hasattr(lambda: 1, '__get__'))
class A:
    def m(self, x): return (self.__class__.__name__, x)
    @property
    def p(self): return 42
    @staticmethod
    def s(x): return x * 2
    @classmethod
    def c(cls, x): return (cls.__name__, x)
a = A()
f = A.__dict__['m']
print(f.__get__(a)(1), f.__get__(None, A) is f, f.__get__(a, A)(2))
print(A.__dict__['p'].__get__(a), A.__dict__['p'].__get__(None, A) is A.__dict__['p'])
print(A.__dict__['s'].__get__(a)(3), A.__dict__['c'].__get__(a)(4), A.__dict__['c'].__get__(None, A)(5))
def deco(fn):
    class W:
        def __get__(self, obj, typ=None):
            return fn.__get__(obj, typ)
    return W()
class B:
    @deco
    def hello(self):
        return "hello from " + type(self).__name__
print(B().hello())
import functools
class C:
    def add(self, a, b): return a + b
    inc = functools.partialmethod(add, 1)
    sm = functools.partialmethod(staticmethod(lambda a, b: a * b), 10)
print(C().inc(5), C().sm(3))
try:
    f.__get__(None, None)
except TypeError as e:
    print(e)
