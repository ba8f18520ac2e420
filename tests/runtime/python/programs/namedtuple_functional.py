# typing.NamedTuple called with (name, type) pairs: each pair is unpacked as `n, t` and the
# names go through collections.namedtuple's checks (a fuzzed input with `()` as a pair was an
# internal error: issue 10).
from typing import NamedTuple
from collections import namedtuple

specs = [
    [(), ("id", int)],
    [("a",), ("id", int)],
    [("a", int, 3)],
    iter([("a", int, 3)]),
    [iter(("a", int, 3))],
    [1],
    ["ab"],
    [("a", int), ("a", str)],
    [(1, int)],
    [("_a", int)],
    [("def", int)],
    5,
    [("a b", int)],
    [("x", int), ("y", str)],
]
for spec in specs:
    try:
        E = NamedTuple("E", spec)
        print(E._fields, E(*range(len(E._fields))))
    except Exception as e:
        print(type(e).__name__, e)

for fields in ["a b", "a,a", ["x", 1], "_x y", "for"]:
    try:
        print(namedtuple("P", fields)._fields)
    except Exception as e:
        print(type(e).__name__, e)
print(namedtuple("P", "_x y", rename=True)._fields)
