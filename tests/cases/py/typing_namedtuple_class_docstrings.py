# typing.NamedTuple (class syntax with defaults, methods, a property and a docstring; the functional form), and a class's docstring as __doc__.
from typing import NamedTuple, Optional
import asyncio

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def doubled(self):
        return Point(self.x * 2, self.y * 2)

p = Point(3, 4)
print(p, p.dist(), p.doubled, p._asdict(), Point._fields, Point._field_defaults, Point.__doc__)
print(p == (3, 4, None), isinstance(p, tuple), p[0], p._replace(y=1), Point._make([1, 2, "z"]), type(p).__name__, Point.__mro__)
x, y, _ = p
print(x + y, hash(p) == hash((3, 4, None)))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
class Result(NamedTuple):
    ok: bool
    value: object

async def fetch(i):
    await asyncio.sleep(0)
    return Result(i % 2 == 0, i * 10)

async def main():
    rs = await asyncio.gather(*(fetch(i) for i in range(4)))
    print(rs, [r.value for r in rs if r.ok])

asyncio.run(main())
class Documented:
    """First line.

    More text, indented."""
    x = 1
print(repr(Documented.__doc__), Documented().__doc__ == Documented.__doc__)
class Plain:
    y = "not a docstring"
print(Plain.__doc__)
