# ExitStack: LIFO unwinding of enter_context / push / callback, suppression by a pushed
# exit, exceptions raised while unwinding chained to the one they replace, pop_all.
from contextlib import ExitStack


class Res:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail:
            raise self.fail
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback with", "args", sep="|")
    print("entered", names)

with ExitStack() as stack:
    stack.enter_context(Res("outer"))
    stack.push(Res("swallower", suppress=True))
    stack.enter_context(Res("inner"))
    raise KeyError("lost")
print("suppressed by a pushed exit")

try:
    with ExitStack() as stack:
        stack.enter_context(Res("first", fail=ValueError("from first")))
        stack.enter_context(Res("second", fail=TypeError("from second")))
        raise OSError("body")
except ValueError as e:
    print("final:", repr(e))
    print("context:", repr(e.__context__))
    print("context of that:", repr(e.__context__.__context__))


def plain_exit(et, e, tb):
    print("plain exit callable got", et)


with ExitStack() as stack:
    stack.push(plain_exit)


def opener(names):
    with ExitStack() as stack:
        for n in names:
            stack.enter_context(Res(n))
        return stack.pop_all()


kept = opener(["x", "y"])
print("still open")
kept.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

stack = ExitStack()


@stack.callback
def decorated():
    print("decorated callback ran")


stack.close()
stack.close()
print("done")
