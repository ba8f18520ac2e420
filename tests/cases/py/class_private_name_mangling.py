# Private name mangling: self.__x is _Class__x (a subclass's own __x apart from its base's), methods, class attributes, parameters and locals, nested classes, annotations; __name__/__qualname__ keep the written name.
class Account:
    __count = 0
    __slots_like: int = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def __secret(self):
        return f"secret of {self.__owner}"
    def reveal(self, __x=1):
        __local = self.__secret()
        return __local, __x
    @classmethod
    def count(cls):
        return cls.__count
    class __Inner:
        __v = 5
        def get(self):
            return self.__v
    def inner(self):
        return self.__Inner().get()

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow"
    def both(self):
        return self.__owner, self._Account__owner

a = Account("ann")
print(a.reveal(), a._Account__owner, Account.count(), Account._Account__count, a.inner())
print(Account._Account__secret.__qualname__, Account._Account__secret.__name__, sorted(k for k in vars(a)))
s = Savings("bob")
print(s.both(), sorted(vars(s)), Account.count(), Account.__annotations__)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError", e)
print(getattr(a, "_Account__owner"), hasattr(a, "__owner"))
class _Under:
    def __m(self): return "m"
    def call(self): return self.__m()
print(_Under().call(), hasattr(_Under, "_Under__m"))
class ___:
    def __m(self): return "m3"
    def call(self): return self.__m()
print(___().call(), hasattr(___, "__m"))
