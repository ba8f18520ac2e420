# Since 3.13 a mistyped keyword argument's TypeError names the nearest parameter ("Did you
# mean ...?"), when one is near enough: a case change costs half an edit, and no more than a
# third of the characters may change (kye is not near enough to key).
import asyncio
from collections import namedtuple
from dataclasses import dataclass


def f(alpha=1, *, beta=2):
    return alpha + beta


@dataclass
class Point:
    x: int
    y: int = 0


Pair = namedtuple("Pair", "left right")


def attempt(label, call):
    try:
        call()
    except TypeError as e:
        print(label, "->", e)


attempt("alpah", lambda: f(alpah=2))
attempt("bet", lambda: f(bet=2))
attempt("Alpha", lambda: f(Alpha=2))
attempt("xyz", lambda: f(xyz=2))
attempt("print sepp", lambda: print(1, sepp=1))
attempt("sorted reversed", lambda: sorted([2, 1], reversed=True))
attempt("sorted kye", lambda: sorted([1], kye=abs))
attempt("int bse", lambda: int("1", bse=2))
attempt("max ky", lambda: max([1], ky=abs))
attempt("split sepp", lambda: "a,b".split(sepp=","))
attempt("dataclass yy", lambda: Point(1, yy=2))
attempt("namedtuple rigt", lambda: Pair(1, rigt=2))


async def main():
    attempt("sleep delya", lambda: asyncio.sleep(delya=1))
    try:
        await asyncio.gather(asyncio.sleep(0), return_exception=True)
    except TypeError as e:
        print("gather ->", e)
    try:
        await asyncio.wait_for(asyncio.sleep(0), timout=1)
    except TypeError as e:
        print("wait_for ->", e)


asyncio.run(main())
