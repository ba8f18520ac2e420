# except* with else/finally, nested try statements, exceptions raised in handlers chained
# to the part they handle, and the order in which handlers see the parts.
def f(exc):
    try:
        try:
            raise exc
        except* TypeError as e:
            print("inner T", repr(e))
            raise ValueError("from T handler")
        except* OSError as e:
            print("inner O", repr(e))
        else:
            print("never: else runs only without an exception")
        finally:
            print("inner finally")
    except* ValueError as e:
        print("outer V", repr(e))
        for leaf in e.exceptions:
            print("  leaf", repr(leaf), "context", repr(leaf.__context__))
    except* Exception as e:
        print("outer rest", repr(e))


f(ExceptionGroup("g", [TypeError(1), OSError(2), ValueError(3), ZeroDivisionError(4)]))
print("--")
f(TypeError("naked"))
print("--")
f(ExceptionGroup("only os", [FileNotFoundError("f"), ConnectionError("c")]))
print("--")


def loops():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("loop", [ValueError(i)])
            print("body", i)
        except* ValueError as e:
            for x in e.exceptions:
                if x.args[0] == 1:
                    print("break inside a loop inside the handler is allowed")
                    break
        finally:
            print("finally", i)


loops()


def predicate_split():
    eg = ExceptionGroup("numbers", [ValueError(n) for n in range(6)])
    evens, odds = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] % 2 == 0)
    print(repr(evens))
    print(repr(odds))
    try:
        raise eg
    except* ValueError as e:
        print("all values at once:", len(e.exceptions), e is eg)


predicate_split()
raise BaseExceptionGroup("fatal", [KeyboardInterrupt(), ValueError("v")])
