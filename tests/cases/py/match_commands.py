# The PEP 636 tutorial shapes: literal, capture, wildcard, sequence with star, or-patterns,
# as-patterns, guards, and value patterns from an Enum.
from enum import Enum


class Color(Enum):
    RED = "red"
    GREEN = "green"


def run(command):
    match command.split():
        case []:
            return "empty"
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            return "looking around"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["drop", *objects] if len(objects) > 2:
            return f"dropping many: {objects}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case ["paint", color] if color in ("red", "green"):
            match Color(color):
                case Color.RED:
                    return "painted red"
                case Color.GREEN:
                    return "painted green"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for c in ["", "quit", "exit", "look", "go north", "go up", "drop a", "drop a b c", "paint red", "paint green",
          "paint blue", "dance now please"]:
    print(repr(c), "->", run(c))


def literal(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case other:
            return f"other {other!r}"


for x in [0, 1, 3, -1, 2.5, "hello", True, False, None, 1.0, 0.0, [1]]:
    print(repr(x), "->", literal(x))
