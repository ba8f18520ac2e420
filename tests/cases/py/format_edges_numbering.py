# str.format and printf-style edges a formatting lesson meets: nested fields in a spec take
# the next automatic argument, auto and manual numbering cannot mix, conversions are r, s
# or a; '%z' names where it is; itertools and deque refuse negative sizes (a deque with a
# negative maxlen used to hang the engine).
import asyncio
import collections
import itertools


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def main():
    await asyncio.sleep(0)
    attempt("nested", lambda: "{:{}}|{}".format(1, ">5", "x"))
    attempt("nested manual", lambda: "{0:{1}}".format(3.14159, ".2f"))
    attempt("nested kw", lambda: "{v:{w}.{p}f}".format(v=2.5, w=8, p=3))
    attempt("auto then manual", lambda: "{}{0}".format(1, 2))
    attempt("manual then auto", lambda: "{0}{}".format(1, 2))
    attempt("conversion x", lambda: "{!x}".format(1))
    attempt("conversion rr", lambda: "{!rr}".format(1))
    attempt("conversion a", lambda: "{!a}".format("é"))
    attempt("percent z", lambda: "ab %z" % 1)
    attempt("percent y late", lambda: "%s and %y" % (1, 2))
    attempt("islice stop", lambda: list(itertools.islice("abc", -1)))
    attempt("islice start", lambda: list(itertools.islice("abc", -1, 2)))
    attempt("islice ok", lambda: list(itertools.islice("abcdef", 1, None, 2)))
    attempt("product", lambda: list(itertools.product("ab", repeat=-1)))
    attempt("product 0", lambda: list(itertools.product("ab", repeat=0)))
    attempt("deque", lambda: collections.deque([1, 2, 3], maxlen=-1))
    attempt("deque trim", lambda: collections.deque(range(100000), maxlen=2))
    d = collections.deque([1, 2, 3], maxlen=3)
    d.appendleft(0)
    d.extend([7, 8])
    print(d, d.maxlen)


asyncio.run(main())
