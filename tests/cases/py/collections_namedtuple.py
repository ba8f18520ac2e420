# collections.namedtuple: fields by position and name, defaults, _make/_replace/_asdict/_fields,
# a class deriving from one (methods, an operator), read-only fields, rename=, CPython's
# messages for bad arguments and names, class patterns, and results of tasks.
from collections import namedtuple
import asyncio

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), isinstance(p, tuple), len(p), list(p), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._fields, Point._make([3, 4]), str(p), repr(p), f"{p}")
print(type(p).__name__, type(p), Point.__mro__[1], sorted([Point(2, 1), Point(1, 5)]))
Job = namedtuple("Job", ["name", "delay", "retries"], defaults=[0.01, 3])
print(Job("a"), Job("b", 0.5), Job._field_defaults, Job("c", retries=1))
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2(), v + Vec(1, 1), isinstance(v, Vec))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "_x"), lambda: namedtuple("P", "class"), lambda: namedtuple("1P", "x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
print(namedtuple("R", "a def a", rename=True)._fields)
match p:
    case Point(x=1, y=yy):
        print("matched", yy)
async def main():
    Result = namedtuple("Result", "url status")
    async def fetch(u):
        await asyncio.sleep(0)
        return Result(u, 200)
    print(await asyncio.gather(fetch("a"), fetch("b")))
asyncio.run(main())
