# `as` targets that unpack or store into attributes and items; parenthesised item lists.
class Pair:
    def __init__(self, a, b):
        self.pair = (a, b)

    def __enter__(self):
        return self.pair

    def __exit__(self, *exc):
        print("exit", self.pair, exc[0])


class Box:
    pass


box = Box()
slots = {}
with Pair(1, 2) as (x, y):
    print("unpacked", x, y)
with Pair(3, 4) as box.attr, Pair(5, 6) as slots["k"]:
    print("stored", box.attr, slots)
with (
    Pair("p", "q") as [first, second],
    Pair(7, 8),
    Pair(9, 10) as whole,
):
    print("parenthesised", first, second, whole)
with (Pair(0, 1)):
    print("one parenthesised item")
with (Pair(11, 12), Pair(13, 14)):
    print("two items in parentheses")
with Pair(1, [2, 3]) as (a, [b, c]):
    print("nested", a, b, c)
with Pair(*"ab") as (head, *rest):
    print("starred", head, rest)

# A failing unpack happens inside the with: __exit__ sees the error.
try:
    with Pair(1, 2) as (only,):
        print("not reached")
except ValueError as e:
    print("ValueError:", e)

# Names bound by `as` are ordinary locals.
def f():
    with Pair("l", "m") as (u, v):
        pass
    return u + v


print(f())
