# IntEnum / StrEnum members are equal to their values and hash like them, so a member and its
# value are one dict or set key: a status code looked up by its number finds the member's entry.
from enum import Enum, IntEnum, StrEnum


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


class Color(StrEnum):
    RED = "red"


class Plain(Enum):
    ONE = 1


print(Status.OK == 200, hash(Status.OK) == hash(200), {200: "fine"}.get(Status.OK), {Status.NOT_FOUND: "gone"}[404])
print({"red": 1}[Color.RED], Color.RED in {"red"}, "red" in {Color.RED: 0})
counts = {Status.OK: 0}
for code in [200, 404, 200]:
    counts[code] = counts.get(code, 0) + 1
print(counts, len({Status.OK, 200, 200.0}))
print({Plain.ONE: "p"}.get(1), Plain.ONE in {1: 0}, {Plain.ONE: "p"}[Plain.ONE])
print(sorted({Status.NOT_FOUND: 0, Status.OK: 0}), {Color.RED: 1})
