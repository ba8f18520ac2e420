# Augmented assignment is the in-place protocol: lists, sets and dicts change in place
# (every alias sees it), classes get __iadd__; ints, tuples and frozensets rebind.
import asyncio

class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        print("iadd", x)
        return self
    def __add__(self, x):
        print("add", x)
        return self

async def main():
    s = {1}; t = s; s |= {2}; print(t, s is t)
    s &= {2, 3}; print(t, s is t)
    s ^= {5}; s -= {2}; print(t, s is t)
    d = {}; e = d; d |= {"a": 1}; print(e, d is e)
    l = [1]; m = l; l *= 2; print(m, l is m)
    l += (3,); print(m)
    b = Bag(); c = b; b += 4; print(c.items, b is c)
    x = 5; y = x; x += 1; print(x, y)
    fs = frozenset({1}); g = fs; fs |= {2}; print(fs, g, fs is g)
    tup = (1,); tt = tup; tup += (2,); print(tup, tt)
    async def more(x):
        await asyncio.sleep(0)
        return x
    s2 = {1}; alias = s2; s2 |= await more({9}); print(alias, s2 is alias)
    acc = []; view = acc
    for i in range(3):
        acc += await more([i])
    print(view)
    b2 = Bag(); b2 += await more("awaited"); print(b2.items)
    counts = {"n": 0}
    counts["n"] += await more(5)
    print(counts)

asyncio.run(main())
