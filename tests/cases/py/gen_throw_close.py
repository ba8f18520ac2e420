def worker():
    print("start")
    try:
        while True:
            try:
                job = yield
                print("job", job)
            except ValueError as e:
                print("recovered from", e)
                yield "recovered"
    finally:
        print("worker finally")

w = worker()
next(w)
w.send("a")
print(w.throw(ValueError("bad input")))
w.send("b")
print(w.gi_running, w.gi_suspended)
w.close()
print(w.gi_suspended)
w.close()
try:
    w.send("c")
except StopIteration:
    print("closed generator raises StopIteration")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring exit")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "bye"

r = returns_on_close()
next(r)
print("close returned", r.close())

def unstarted():
    print("never printed")
    yield 1

u = unstarted()
u.close()
print(list(u))

def catches_type():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
        return "after throw"

c = catches_type()
next(c)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value:", e.value)

t = catches_type()
try:
    t.throw(TypeError("early"))
except TypeError as e:
    print("thrown before start:", e)
print(list(t))
