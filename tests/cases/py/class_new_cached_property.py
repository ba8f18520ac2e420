# Class machinery a lesson on shared async resources uses: a singleton through
# super().__new__(cls), object.__new__ and its argument checks, an Exception subclass with
# its own __new__, functools.cached_property computed once per instance, and CPython's
# message for a duplicate base class.
import asyncio
import functools


class Pool:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, size=2):
        self.size = size


class Tagged:
    def __new__(cls):
        obj = object.__new__(cls)
        obj.tag = "made in __new__"
        return obj


class Plain:
    pass


class WithInit:
    def __init__(self, v):
        self.v = v


class Loud(Exception):
    def __new__(cls, *args):
        print("Loud.__new__", args)
        return super().__new__(cls, *args)


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    async def total(self):
        print("summing")
        await asyncio.sleep(0.01)
        return sum(self.rows)

    @functools.cached_property
    def count(self):
        print("counting")
        return len(self.rows)


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


async def main():
    a, b = Pool(), Pool(5)
    print(a is b, a.size)
    print(Tagged().tag, type(object.__new__(Plain)).__name__)
    attempt("int", lambda: object.__new__(int))
    attempt("not a type", lambda: object.__new__(5))
    attempt("extra args", lambda: object.__new__(Plain, 1))
    attempt("no args", lambda: Plain(1))
    attempt("with init", lambda: type(object.__new__(WithInit, 1)).__name__)
    try:
        raise Loud("quiet please")
    except Loud as e:
        print(repr(e))
    r = Report([1, 2, 3])
    print(r.count, r.count, vars(r))
    print(await r.total)
    r.count = 10
    print(r.count)
    del r.count
    print(r.count)
    print(type(Report.count).__name__)
    try:

        class Twice(Plain, Plain):
            pass

    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
