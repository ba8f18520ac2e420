from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

with tag("a"), tag("b") as b:
    print("nested", b)

@contextmanager
def suppressing(*kinds):
    try:
        yield
    except kinds as e:
        print("suppressed", type(e).__name__, e)

with suppressing(KeyError, ValueError):
    raise ValueError("bad")
print("continues after suppression")

try:
    with suppressing(KeyError):
        raise TypeError("not mine")
except TypeError as e:
    print("propagated", e)

try:
    with tag("div"):
        raise RuntimeError("inside div")
except RuntimeError as e:
    print("caught", e)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with two_yields():
        raise KeyError("k")
except KeyError as e:
    print("the generator let it through:", repr(e))

@contextmanager
def swallow_then_yield():
    try:
        yield 1
    except KeyError:
        yield 2

try:
    with swallow_then_yield():
        raise KeyError("k")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def transforms():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e

try:
    with transforms():
        1 / 0
except ValueError as e:
    print("ValueError:", e, "from", type(e.__cause__).__name__)

def use():
    with tag("fn"):
        return "returned through exit"

print(use())
for i in range(3):
    with tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

@contextmanager
def passes_stop():
    yield

try:
    with passes_stop():
        raise StopIteration("through")
except StopIteration as e:
    print("StopIteration passes through:", e)
print(tag.__name__, type(tag("x")).__name__)
