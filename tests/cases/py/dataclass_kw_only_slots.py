# dataclass keyword-only fields (kw_only=True, field(kw_only=...), the KW_ONLY marker) and
# slots=True (no __dict__: other attributes cannot be set), with CPython's messages.
from dataclasses import dataclass, field, fields, KW_ONLY
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
try: print(K(1))
except TypeError as e: print("TE", e)
print(K(a=1), K(b=5, a=0))
try: K()
except TypeError as e: print("TE", e)
@dataclass
class M:
    x: int
    y: int = 0
    _: KW_ONLY
    z: int
    w: int = field(default=9)
    v: int = field(default=1, kw_only=False)
print(M(1, z=3), M(1, 2, 7, z=3), M.__match_args__)
try: M(1)
except TypeError as e: print("TE", e)
try: M()
except TypeError as e: print("TE", e)
print([(f.name, f.kw_only) for f in fields(M)])
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 2
    print("set c")
except AttributeError as e:
    print("AE", e)
s.a = 5; print(s, s == S(5))
@dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(1)
try: f.a = 2
except Exception as e: print(type(e).__name__, e)
print(f, hash(f) == hash(F(1)))
