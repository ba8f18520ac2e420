# What CPython 3.14 says about objects that are not context managers, and how
# errors raised by __enter__/__exit__ travel.
class NoEnter:
    def __exit__(self, *a):
        return False


class NoExit:
    def __enter__(self):
        return self


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


for obj in (NoEnter(), NoExit(), AsyncOnly(), 42, "text", None, [1]):
    try:
        with obj:
            print("never")
    except TypeError as e:
        print("TypeError:", e)


class InstanceOnly:
    pass


inst = InstanceOnly()
inst.__enter__ = lambda: 1
inst.__exit__ = lambda *a: None
try:
    with inst:
        pass
except TypeError as e:
    print("looked up on the type:", e)


class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("exit must not run")


try:
    with EnterFails():
        print("body must not run")
except OSError as e:
    print("OSError:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit saw {exc_type.__name__ if exc_type else None}")


try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


def order():
    class Loud:
        def __init__(self, n):
            self.n = n

        def __enter__(self):
            print("enter", self.n)
            if self.n == 2:
                raise LookupError("second enter")

        def __exit__(self, *a):
            print("exit", self.n, a[0])

    with Loud(1), Loud(2), Loud(3):
        print("body")


try:
    order()
except LookupError as e:
    print("LookupError:", e)

with NoExit():
    pass
