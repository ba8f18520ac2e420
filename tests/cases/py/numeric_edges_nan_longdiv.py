# Numeric edges a lesson on floats meets: % and // of infinity are NaN (C tests a NaN as
# true), int / int is correctly rounded even past the float range, and math's fsum, isqrt,
# ldexp, factorial and comb at their edges (checked against CPython 3.14).
import asyncio
import math

inf = float("inf")
nan = float("nan")


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def main():
    await asyncio.sleep(0)
    attempt("inf % 3", lambda: inf % 3)
    attempt("-inf // 2", lambda: -inf // 2)
    attempt("divmod(inf, 1)", lambda: divmod(inf, 1))
    attempt("divmod(nan, 2)", lambda: divmod(nan, 2))
    attempt("3 % inf", lambda: 3 % inf)
    attempt("-3 % inf", lambda: -3 % inf)
    attempt("divmod(-7.5, 2)", lambda: divmod(-7.5, 2))
    attempt("big / 1", lambda: 10**400 / 1)
    attempt("big / big", lambda: 10**400 / 10**399)
    attempt("ratio", lambda: (2**2000 + 1) / 2**1999)
    attempt("tiny", lambda: 1 / 10**400)
    attempt("-0 result", lambda: 0 / -5)
    attempt("rounding", lambda: (10**30 + 1) / 3)
    attempt("odd", lambda: 12345678901234567890123 / 98765432109876543)
    attempt("negative", lambda: -(10**20) / 7)
    attempt("zero", lambda: 10**30 / 0)
    attempt("fsum", lambda: math.fsum([1e100, 1.0, -1e100, 2.0]))
    attempt("fsum inf", lambda: math.fsum([inf, 1.0]))
    attempt("fsum inf-inf", lambda: math.fsum([inf, -inf]))
    attempt("fsum nan", lambda: math.fsum([nan, 1.0]))
    attempt("isqrt", lambda: [math.isqrt(n) for n in (0, 1, 15, 16, 17, 10**40 + 12345)])
    attempt("isqrt -1", lambda: math.isqrt(-1))
    attempt("ldexp", lambda: [math.ldexp(1.5, 3), math.ldexp(1.0, -1080), math.ldexp(-0.0, 9)])
    attempt("ldexp big", lambda: math.ldexp(1.0, 2000))
    attempt("ldexp inf", lambda: math.ldexp(inf, -5))
    attempt("factorial", lambda: math.factorial(3000) % 1000003)
    attempt("comb", lambda: (math.comb(2000, 1000) % 1000003, math.comb(10, 3), math.comb(5, 9)))
    attempt("perm", lambda: (math.perm(900, 450) % 1000003, math.perm(5), math.perm(5, 2)))


asyncio.run(main())
