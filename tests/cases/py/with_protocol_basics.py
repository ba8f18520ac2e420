# The with statement's protocol: enter/exit order, the exception handed to __exit__,
# suppression by a true result, and exits on break/continue/return.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = None if exc_type is None else exc_type.__name__
        print("exit", self.name, kind, repr(exc), type(tb).__name__)
        return self.suppress


with Tracer("a") as value:
    print("body", value)

with Tracer("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Tracer("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))

with Tracer("outer") as o, Tracer("inner", suppress=True) as i:
    print("both", o, i)
    1 / 0
print("inner suppressed it")

for n in range(3):
    with Tracer(f"loop{n}"):
        if n == 0:
            continue
        if n == 1:
            break
print("loop done", n)


def early():
    with Tracer("ret"):
        return "returned value"
    print("never")


print(early())


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool asked")
        return self.v


class Odd:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return Truthy(True)


with Odd():
    raise RuntimeError("suppressed by a truthy object")
print("end")
