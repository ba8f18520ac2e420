# Mapping patterns with **rest, nested sequences and tuples, class patterns with keyword
# sub-patterns, dataclasses (their __match_args__), and bindings that stay after a
# failed guard.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical line at x={x1} from {y1} to {y2}"
        case Line(start=Point() as s, end=e):
            return f"line from {s} to {e}"
        case (Point() as a, Point() as b):
            return f"pair {a.x},{a.y} / {b.x},{b.y}"
        case [Point(), *more]:
            return f"points list with {len(more)} more"
        case {"type": "circle", "r": r, **extra}:
            return f"circle r={r} extra={extra}"
        case {"type": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case {}:
            return "some mapping"
        case str() | int():
            return "text"
        case _:
            return "unknown"


shapes = [
    Point(0, 0),
    Point(0, 5),
    Point(3, 0),
    Point(1, 1),
    Line(Point(1, 0), Point(1, 9)),
    Line(Point(0, 1), Point(2, 3)),
    (Point(1, 2), Point(3, 4)),
    [Point(1, 2), Point(3, 4), Point(5, 6)],
    [Point(1, 2)],
    {"type": "circle", "r": 2, "color": "red", "z": 1},
    {"type": "rect", "w": 3, "h": 4, "ignored": True},
    {"type": "triangle"},
    "hello",
    42,
    4.5,
]
for s in shapes:
    print(describe(s))


def guard_keeps_bindings(value):
    match value:
        case [first, *rest] if first > 10:
            print("big first", first)
        case _:
            pass
    return first, rest


print(guard_keeps_bindings([1, 2, 3]))


def tuples_and_ranges(v):
    match v:
        case (a, b, c):
            return f"three {a}{b}{c}"
        case range():
            return "a range"
        case [x, [y, [z]]]:
            return f"nested {x}{y}{z}"
        case _:
            return "no"


for v in [(1, 2, 3), [4, 5, 6], range(2), range(3), [1, [2, [3]]], "abc", [1, [2, [3, 4]]]]:
    print(tuples_and_ranges(v))
