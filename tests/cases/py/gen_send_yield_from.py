def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"

g = gen(3)
print(repr(g).split(" at ")[0])
print(next(g))
print(g.send("hello"))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def inner():
    a = yield 1
    print("inner got", a)
    yield 2
    return 42

def outer():
    r = yield from inner()
    print("r", r)
    yield r

o = outer()
print(next(o), o.send("x"), next(o))
print(sum(x for x in range(5)))
def bad():
    raise StopIteration
    yield 1
try:
    next(bad())
except RuntimeError as e:
    print("RT", e, type(e.__cause__))
def closing():
    try:
        yield 1
    finally:
        print("finally")
c = closing()
next(c)
c.close()
print(next(iter([]), "dflt"), next(gen(0), "d2"))
