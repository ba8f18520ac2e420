# printf-style integer conversions of floats: CPython truncates a finite float (%d, %i,
# %u), prints a huge one exactly, and refuses infinity and NaN as int() does; %x, %o and
# %c refuse any float. Found by the fuzzer as logging.error("%d", 1e30842) (issue 10).
import asyncio
import logging


def attempt(fmt, value):
    try:
        print(repr(fmt % value))
    except Exception as e:
        print(type(e).__name__ + ":", e)


async def main():
    await asyncio.sleep(0)
    attempt("%d", 3.99)
    attempt("%i", -2.5)
    attempt("%u", 7.0)
    attempt("%05d", -0.5)
    attempt("%d", 1e300)
    attempt("%d", 2.0**70)
    attempt("%+d", -1e20)
    attempt("%d", float("inf"))
    attempt("%i", float("-inf"))
    attempt("%d", float("nan"))
    attempt("%x", float("inf"))
    attempt("%o", 1.5)
    attempt("%c", 65.0)
    attempt("%c", float("nan"))
    attempt("%c", 0x110000)
    attempt("%c", -1)
    attempt("%c", 2**70)
    attempt("%c", "ab")
    attempt("%.3d", 1e20)
    logging.error("%d", 1e30842)
    logging.error("%d apples", 12.9)


asyncio.run(main())
