# CPython 3.11+ refuses decimal conversions of ints past sys.get_int_max_str_digits()
# (default 4300 digits) both ways: str/repr/format/%d/json of a huge int and int() of a
# long digit string. Powers-of-two bases are exempt. A factorial printed whole is the
# classic way to meet it.
import asyncio
import json
import math
import sys


def attempt(label, f):
    try:
        result = f()
        print(label, result if len(str(result)) < 60 else f"{len(str(result))} chars")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def main():
    await asyncio.sleep(0)
    big = math.factorial(1700)
    print(sys.get_int_max_str_digits())
    attempt("str", lambda: str(big))
    attempt("repr", lambda: repr(-big))
    attempt("f-string", lambda: f"{big:,}")
    attempt("percent", lambda: "%d" % big)
    attempt("json", lambda: json.dumps([big]))
    attempt("hex ok", lambda: len(hex(big)))
    attempt("edge ok", lambda: len(str(10**4299)))
    attempt("edge bad", lambda: len(str(10**4300)))
    attempt("parse ok", lambda: int("7" * 4300) % 1000)
    attempt("parse bad", lambda: int("7" * 4301))
    attempt("parse underscores", lambda: int("1_" * 4300 + "1"))
    attempt("parse base 3", lambda: int("1" * 5000, 3))
    attempt("parse base 16", lambda: int("f" * 5000, 16) % 7)
    attempt("parse invalid", lambda: int("9" * 5000 + "x"))
    attempt("set low", lambda: sys.set_int_max_str_digits(100))
    attempt("set none", lambda: sys.set_int_max_str_digits())
    sys.set_int_max_str_digits(640)
    attempt("after 640", lambda: len(str(10**700)))
    sys.set_int_max_str_digits(maxdigits=0)
    attempt("unlimited", lambda: len(str(big)))
    attempt("unlimited parse", lambda: int("3" * 6000) % 10)
    print(sys.get_int_max_str_digits())
    sys.set_int_max_str_digits(4300)


asyncio.run(main())
