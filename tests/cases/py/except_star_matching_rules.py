# except* matching and re-raise rules (PEP 654): naked exceptions are wrapped, unhandled
# parts are re-raised as a projection of the original group, raises inside handlers are
# combined with it in a new ExceptionGroup.
def run(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", repr(e), "| context:", repr(e.__context__))

def naked_matched():
    try:
        raise ValueError("v")
    except* ValueError as e:
        print("  handler got", repr(e), repr(e.exceptions[0]))

def naked_reraise():
    try:
        raise ValueError("v")
    except* ValueError:
        raise

def naked_raise_e():
    try:
        raise ValueError("v")
    except* ValueError as e:
        raise e

def naked_unmatched():
    try:
        raise ValueError("v")
    except* TypeError:
        print("no")

def group_partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("  V", repr(e))
    except* TypeError as e:
        print("  T", repr(e))

def group_raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("new")
    except* TypeError as e:
        raise OSError("os")

def group_reraise_and_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise OSError("os")

def group_raise_e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e

def all_unmatched():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        pass

class MyEG(ExceptionGroup):
    pass

def subclass_unmatched():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* TypeError:
        pass

def subclass_all_unmatched():
    try:
        raise MyEG("mine", [ValueError(1)])
    except* TypeError:
        pass

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("  V", repr(e))

def bad_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass

def bad_type2():
    try:
        raise ValueError()
    except* (ValueError, BaseExceptionGroup):
        pass

def bad_type3():
    try:
        raise ValueError()
    except* 42:
        pass

def else_finally():
    try:
        print("  body")
    except* ValueError:
        print("  no")
    else:
        print("  else")
    finally:
        print("  finally")

def base_exc():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print("  V", repr(e))

def handler_order():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("  both", repr(e))
    except* ValueError:
        print("  never")

def with_notes():
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.add_note("n")
    try:
        raise eg
    except* ValueError:
        pass

for f in [naked_matched, naked_reraise, naked_raise_e, naked_unmatched, group_partial, group_raise_new,
          group_reraise_and_new, group_raise_e, all_unmatched, subclass_unmatched, subclass_all_unmatched,
          nested, bad_type, bad_type2, bad_type3, else_finally, base_exc, handler_order, with_notes]:
    run(f.__name__, f)
