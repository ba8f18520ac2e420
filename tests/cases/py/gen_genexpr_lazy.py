def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

def show(tag, x):
    print(tag, x)
    return x

lazy = (show("map", x) for x in noisy(3))
print("nothing ran yet")
print(type(lazy).__name__, repr(lazy).split(" at ")[0])
print(next(lazy))
print(list(lazy))

def in_function():
    return (c for c in "xy")

g = in_function()
print(repr(g).split(" at ")[0], g.__name__, g.__qualname__)
print(g.send(None), next(g), next(g, "done"))

h = (i for i in range(5))
next(h)
h.close()
print(list(h))

try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    next(bad)
except ZeroDivisionError as e:
    print("raised lazily:", e)

try:
    (x for x in 5)
except TypeError as e:
    print("first iterable is checked at once:", e)

print(sum(x * x for x in range(4)), max((len(w), w) for w in ["aa", "b", "ccc"]))
print(list(zip((a for a in "ab"), (b for b in range(10)))))
it = iter(x for x in [1, 2, 3])
print(next(it), [*it])
print(", ".join(str(n) for n in noisy(2)))
