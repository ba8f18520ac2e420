import asyncio

class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    @property
    def label(self):
        return f"{self.name}/{self.sides}"
    @staticmethod
    def unit():
        return "cm"
    @classmethod
    def make(cls, name):
        return cls(name)
    def __str__(self):
        return f"<{self.label}>"
    def __eq__(self, other):
        return isinstance(other, Shape) and self.label == other.label
    def __lt__(self, other):
        return self.sides < other.sides
    async def area(self):
        await asyncio.sleep(0.01)
        raise NotImplementedError(f"{type(self).__name__}.area")

class Square(Shape):
    sides = 4
    def __init__(self, name, side=1):
        super().__init__(name)
        self.side = side
    async def area(self):
        await asyncio.sleep(0.01)
        return self.side ** 2

class Tri(Shape):
    sides = 3

async def main():
    shapes = [Square.make("sq"), Tri("tri"), Square("big", 3)]
    print(*shapes, sep=" | ", end="!\n")
    print(sorted(shapes)[0], Shape.unit(), shapes[0] == Square("sq"), shapes[0] != shapes[2])
    for s in shapes:
        try:
            print(s.label, await s.area())
        except NotImplementedError as e:
            print("not implemented:", e)
    print(Square.__name__, Square.__mro__[1].__name__, type(shapes[0]) is Square, issubclass(Tri, Shape))
    print(hasattr(shapes[0], "side"), getattr(shapes[1], "side", "n/a"), vars(shapes[2]))
    try:
        shapes[0].label = "x"
    except AttributeError as e:
        print("AttributeError:", e)

asyncio.run(main())
