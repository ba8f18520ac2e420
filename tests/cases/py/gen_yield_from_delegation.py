# PEP 380: yield from forwards send/throw/close and returns the subgenerator's value.
def averager():
    total = count = 0
    while True:
        x = yield (total / count if count else None)
        if x is None:
            return count, total / count
        total += x
        count += 1

def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("finished group", key, results[key])

results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        print("running average", g.send(v))
    g.send(None)
print(results)

def inner():
    try:
        while True:
            try:
                x = yield "ready"
                print("inner got", x)
            except KeyError as e:
                print("inner handled", repr(e))
    finally:
        print("inner closed")

def outer():
    try:
        r = yield from inner()
        print("never", r)
    finally:
        print("outer closed")

o = outer()
print(next(o))
print(o.send(1))
print(o.throw(KeyError("k")))
print(type(o.gi_yieldfrom).__name__)
o.close()
print(o.gi_yieldfrom)

def unhandled():
    yield 1
    yield 2

def wraps():
    try:
        yield from unhandled()
    except ZeroDivisionError:
        print("outer caught the error thrown into the inner generator")
        yield "recovered"

w = wraps()
next(w)
print(w.throw(ZeroDivisionError))

def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    r = yield from (x * 10 for x in range(2))
    print("genexpr returns", r)
    yield from {"k": 1}

print(list(from_iterables()))

def send_to_list():
    yield from [1, 2]

s = send_to_list()
next(s)
try:
    s.send("x")
except AttributeError as e:
    print("AttributeError:", e)

def tree(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from tree(child, depth + 1)

print("\n".join(tree(("root", [("a", [("a1", []), ("a2", [])]), ("b", [])]))))
