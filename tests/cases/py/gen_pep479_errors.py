def inner_stop():
    yield 1
    raise StopIteration("leak")

g = inner_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def gen():
    x = yield 1
    print("x =", x)

try:
    gen().send(5)
except TypeError as e:
    print("TypeError:", e)

print(gen().send(None))
print(type(gen()).__name__, gen.__name__, gen().__name__, gen().__qualname__)

def value_of_return():
    yield
    return [1, 2]

v = value_of_return()
next(v)
try:
    next(v)
except StopIteration as e:
    print("value", e.value, e.args)

def bare():
    print("got", (yield))

b = bare()
print(next(b))
try:
    b.send("hi")
except StopIteration as e:
    print("stop", e.value, e.args)

def stop_in_generator():
    yield 1
    raise StopIteration

print(next(stop_in_generator()))
for x in stop_in_generator():
    print("loop", x)
