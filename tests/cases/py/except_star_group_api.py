# ExceptionGroup / BaseExceptionGroup: constructor validation, str/repr, split, subgroup,
# derive, and an uncaught group at the end.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

show("noargs", lambda: ExceptionGroup())
show("onearg", lambda: ExceptionGroup("m"))
show("three", lambda: ExceptionGroup("m", [ValueError()], 3))
show("kw", lambda: ExceptionGroup("m", exceptions=[ValueError()]))
show("msgint", lambda: ExceptionGroup(1, [ValueError()]))
show("notseq", lambda: ExceptionGroup("m", 5))
show("set", lambda: ExceptionGroup("m", {ValueError()}))
show("empty", lambda: ExceptionGroup("m", []))
show("notexc", lambda: ExceptionGroup("m", [ValueError(), 3]))
show("classitem", lambda: ExceptionGroup("m", [ValueError]))
show("nestbase", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show("beg-all-exc", lambda: type(BaseExceptionGroup("m", [ValueError()])).__name__)
show("beg-base", lambda: type(BaseExceptionGroup("m", [ValueError(), KeyboardInterrupt()])).__name__)
class MyEG(ExceptionGroup): pass
class MyBEG(BaseExceptionGroup): pass
show("myeg-base", lambda: MyEG("m", [KeyboardInterrupt()]))
show("mybeg", lambda: type(MyBEG("m", [ValueError()])).__name__)
eg = ExceptionGroup("top", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [ValueError(2), KeyError("k")])])
print(repr(eg)); print(str(eg)); print(eg.message, eg.exceptions, eg.args)
lst = [ValueError(1)]
eg2 = ExceptionGroup("L", lst)
lst.append(TypeError())
print(repr(eg2), eg2.args, eg2.exceptions)
print(repr(ExceptionGroup("one", (ValueError(),))), str(ExceptionGroup("one", (ValueError(),))))
m, r = eg.split(ValueError)
print(repr(m)); print(repr(r))
m, r = eg.split((KeyError, TypeError))
print(repr(m)); print(repr(r))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 2)))
print(eg.subgroup(lambda e: True) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
show("badcond", lambda: eg.split(3))
show("badcond2", lambda: eg.split(ValueError()))
show("badcond3", lambda: eg.subgroup("x"))
d = eg.derive([KeyError(9)])
print(repr(d), type(d).__name__)
class MyEG2(ExceptionGroup):
    def derive(self, excs):
        return MyEG2(self.message + "!", excs)
g = MyEG2("mine", [ValueError(1), TypeError(2)])
g.add_note("note1")
g.__cause__ = RuntimeError("cause")
m, r = g.split(ValueError)
print(repr(m), repr(r), m.__notes__, m.__cause__, r.__notes__ is g.__notes__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__)
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])))
raise ExceptionGroup("uncaught", [ValueError(1), TypeError(2)])
