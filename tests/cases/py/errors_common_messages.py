# The messages of common runtime errors (TypeError, ValueError, IndexError...), and a bare object() without __dict__.
tests = [
    lambda: sorted([1, "a"]), lambda: 1 + "a", lambda: "a" * "b", lambda: [1][5], lambda: {}["k"], lambda: int("x1"), lambda: float("abc"),
    lambda: None.attr, lambda: (1).x, lambda: len(5), lambda: iter(5), lambda: next(iter([])), lambda: [].pop(), lambda: {}.popitem(),
    lambda: "abc".index("z"), lambda: [1, 2].index(3), lambda: 1 / 0, lambda: 1 % 0, lambda: 2 ** -1 // 0, lambda: int(1e400) if False else int(float("inf")),
    lambda: abs("x"), lambda: max([]), lambda: divmod(1, 0), lambda: "x".join([1]), lambda: tuple()[0], lambda: "abc"[10], lambda: {1, 2}.remove(3),
    lambda: dict([1]), lambda: list(1), lambda: hash([]), lambda: {[]: 1}, lambda: (lambda x: x)(), lambda: (lambda x: x)(1, 2), lambda: print(end=1),
    lambda: "%d" % "x", lambda: "{}{}".format(1), lambda: "{0}{}".format(1, 2), lambda: round("x"), lambda: chr(-1), lambda: ord("ab"),
    lambda: [].sort(key=1), lambda: setattr(1, "x", 2), lambda: getattr(1, "nope"), lambda: object().__dict__, lambda: isinstance(1, 1),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class Plain: pass
p = Plain(); p.x = 1; print(p.__dict__, vars(p))
try:
    vars(object())
except TypeError as e:
    print("TypeError:", e)
sentinel = object()
print(sentinel is sentinel, sentinel == object(), type(sentinel).__name__)
