# Class patterns: __match_args__, keyword sub-patterns, built-in types matching the
# subject itself, and the TypeErrors CPython raises for bad class patterns.
def t(label, subject, f):
    try:
        print(label, "->", f(subject))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["x"]
class BadArgs2:
    __match_args__ = ("x", 1)
    x = 1

def m1(s):
    match s:
        case P(1, 2, 3): return "three"
def m2(s):
    match s:
        case NoArgs(1): return "x"
def m3(s):
    match s:
        case BadArgs(1): return "x"
def m4(s):
    match s:
        case BadArgs2(1, 2): return "x"
def m5(s):
    match s:
        case P(1, x=1): return "x"
def m6(s):
    notcls = 3
    match s:
        case notcls(): return "x"
def m7(s):
    match s:
        case P(z=1): return "z"
        case P(x=1, y=yy): return f"y={yy}"
def m8(s):
    match s:
        case int(v) | str(v): return f"int/str {v!r}"
        case [a, b, *rest]: return f"seq {a} {b} {rest}"
        case {"k": v, **kw}: return f"map {v} {kw}"
        case float(): return "float"
        case _: return "other"
t("m1", P(1, 2), m1)
t("m2", NoArgs(), m2)
t("m3", BadArgs(), m3)
t("m4", BadArgs2(), m4)
t("m5", P(1, 2), m5)
t("m6", 5, m6)
t("m7", P(1, 5), m7)
for s in [1, "s", [1, 2, 3, 4], (1,), {"k": 2, "z": 3}, 2.5, "abc", range(3), {1, 2}, True]:
    t("m8", s, m8)
