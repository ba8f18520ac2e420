# __slots__: member descriptors, no __dict__ unless a class in the MRO has one, slot values kept out of __dict__.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
v = Vec(1, 2)
print(v, Vec.x, type(Vec.x).__name__)
for attempt in ("v.z = 3", "v.__dict__", "vars(v)", "Vec.__new__(Vec).x"):
    try:
        if attempt == "v.z = 3": v.z = 3
        elif attempt == "v.__dict__": v.__dict__
        elif attempt == "vars(v)": vars(v)
        else: Vec.__new__(Vec).x
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del v.x
try:
    print(v.x)
except AttributeError as e:
    print("after del:", e)
class V3(Vec):
    __slots__ = "z"
w = V3(1, 2); w.z = 3; print(w.z, w)
try:
    w.q = 1
except AttributeError as e:
    print(e)
class Free(Vec):
    pass
f = Free(1, 2); f.q = 9; print(f.q, f.__dict__)
class Both:
    __slots__ = ("a", "__dict__")
b = Both(); b.a = 1; b.c = 2; print(b.c, b.__dict__)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self): self.__secret = 42
    def reveal(self): return self.__secret
print(Priv().reveal(), hasattr(Priv, "_Priv__secret"))
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
from dataclasses import dataclass
@dataclass
class P:
    __slots__ = ("a", "b")
    a: int
    b: int
print(P(1, 2))
