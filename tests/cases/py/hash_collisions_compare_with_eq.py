# Instances with equal hashes are one dict or set key only when __eq__ says they are equal:
# a constant __hash__ is slow, not wrong. asyncio's TimerHandle hashes as its deadline.
import asyncio


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return 7

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


d = {Key("a"): 1, Key("b"): 2}
print(d, len(d))
print(Key("a") in d, Key("c") in d, d.get(Key("b")))
d[Key("a")] = 10
print(d)
del d[Key("b")]
print(d)



class Tag:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self.name == other.name


s = {Tag("x"), Tag("y"), Tag("x")}
print(len(s), sorted(t.name for t in s), Tag("y") in s, Tag("z") in s)
print(len(s | {Tag("z"), Tag("x")}), len(s & {Tag("y")}), len(s - {Tag("x")}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __hash__(self):
        return (self.x + self.y) % 2

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


points = {Point(i, j) for i in range(3) for j in range(3)}
print(len(points), Point(1, 1) in points, Point(5, 5) in points)
counts = {}
for p in [Point(0, 1), Point(1, 0), Point(0, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(sorted(((p.x, p.y), n) for p, n in counts.items()))


async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 1
    a = loop.call_at(when, print, "a")
    b = loop.call_at(when, print, "b")
    print(hash(a) == hash(b) == hash(a.when()), a == b, len({a, b}), a in {b}, len({a, a}))
    a.cancel()
    b.cancel()


asyncio.run(main())
