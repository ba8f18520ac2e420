# range at any size, and the attributes of range and slice objects (runtime/python/range.ts).
# Lengths between 2**31 and 2**63 are left to tests/engine/range-exact.test.ts: Pyodide's
# CPython is 32-bit, where they do not fit a C ssize_t.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


big = range(10**30)
print(big, big[10**29], big[-1], big[::-1], big[5:10**29:3], range(0, 10**30, 7)[3:9:2])
print(10**20 in big, 10**30 in big, -1 in big, 7 * 10**20 in range(0, 10**30, 7), 7 * 10**20 + 1 in range(0, 10**30, 7))
print(range(0, 10**30, 7).index(7 * 10**20), range(0, 10**30, 7).count(14), range(2**53 + 1)[-1])
print(list(range(0, 10**30, 10**29)), list(range(2**53 - 2, 2**53 + 3)))
print(list(reversed(range(10**20, 10**20 + 3))), range(-(10**25), 10**25, 10**24)[-2])
print(big == range(0, 10**30, 1), range(10**30, 10**30) == range(0), range(5, 6, 10**30) == range(5, 6))
print(hash(big) == hash(range(0, 10**30)), hash(range(0)) == hash(range(5, 5)), hash(range(3)) == hash(range(0, 3)))
d = {range(3): "a", range(0): "empty", range(10**30): "big"}
print(d[range(0, 3)], d[range(7, 7)], d[range(0, 10**30, 1)], range(5, 6) in {range(5, 6, 3)})
t(lambda: len(range(2**64)))
t(lambda: len(range(-(2**70), 2**70)))
t(lambda: big[10**30])
t(lambda: range(10)[10**30])
r = range(2, 20, 3)
print(r.start, r.stop, r.step, big.stop, r.index(5), r.count(8), r.count(2.0), 2.0 in r, 2.5 in r, True in range(3))
s = slice(1, None, 2)
print(s.start, s.stop, s.step, s.indices(10), slice(-3, None).indices(2), slice(None, None, -2).indices(7), slice(None, None, -1).indices(10**30))
print(range(10)[-3:], range(10)[::-2], range(0, 100, 7)[3:9:2], range(10)[100:], range(5)[::-1][1], range(10)[-100:3])
print(range(True, 5), range(3) == range(0, 3, 1), range(0, 3, 2) == range(0, 4, 2))
t(lambda: range(1.5))
t(lambda: range(0, 3, 0))
t(lambda: range(3)[1.5])
t(lambda: range(3)["a"])
t(lambda: range(3).index(9))
t(lambda: range(3).index("x"))
t(lambda: range(3).index(2.0))
t(lambda: slice(1, 2).indices(-1))
t(lambda: range(3)[::0])
t(lambda: range(3)[3])
t(lambda: range(3)[-4])
t(lambda: range("a"))
t(lambda: range(3)[1.5:])


class I:
    def __index__(self):
        return 4


print(range(I()), range(10)[I()], range(10)[I():], slice(I(), None).indices(10), list(range(I(), 7)))
t(lambda: list(range(10**30)))
t(lambda: range(10**30).__len__())
t(lambda: sorted(range(10**30)))
print(len(list(range(2**52, 2**52 + 5))), list(range(10**20, 10**20 + 3)))
