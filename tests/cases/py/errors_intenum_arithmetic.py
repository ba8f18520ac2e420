# IntEnum members do int arithmetic: an operand int does not support is NotImplemented (the
# TypeError names the enum), but an error of the arithmetic itself propagates unchanged.
from enum import IntEnum


class N(IntEnum):
    ZERO = 0
    TWO = 2


tries = [
    lambda: N.TWO // 0,
    lambda: N.TWO / N.ZERO,
    lambda: N.TWO % 0,
    lambda: N.TWO + 1.5,
    lambda: 3 * N.TWO,
    lambda: N.TWO + None,
]
for f in tries:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(N.TWO // N.ZERO)
