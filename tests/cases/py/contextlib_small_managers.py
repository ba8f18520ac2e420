# contextlib's small managers: suppress (also splitting exception groups), closing,
# nullcontext, and the abstract base classes' default __enter__.
from contextlib import suppress, closing, nullcontext, AbstractContextManager

with suppress(KeyError):
    {}["missing"]
    print("not reached")
print("KeyError suppressed")

with suppress(LookupError, ValueError):
    [][3]
print("IndexError is a LookupError")

try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", repr(e))

with suppress():
    pass
print("empty suppress is fine")

try:
    with suppress(ValueError):
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), ValueError(3)])
except ExceptionGroup as eg:
    print("rest re-raised:", repr(eg), "| context:", repr(eg.__context__))

with suppress(ValueError):
    raise ExceptionGroup("only values", [ValueError(1), ValueError(2)])
print("whole group suppressed")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("file")) as r:
    print("using", r.name)

try:
    with closing(Resource("socket")):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("closed before propagating", e)

with nullcontext() as nothing:
    print("nullcontext gives", nothing)
with nullcontext(42) as value:
    print("nullcontext gives", value)
with nullcontext(enter_result="kw") as value:
    print("nullcontext gives", value)


def maybe_lock(lock=None):
    return lock if lock is not None else nullcontext()


with maybe_lock() as x:
    print("optional manager", x)


class Tracked(AbstractContextManager):
    def __exit__(self, exc_type, exc, tb):
        print("Tracked exit", exc_type)


with Tracked() as t:
    print("enter returned self:", type(t).__name__)
