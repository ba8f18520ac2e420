# operator's in-place and sequence functions (iadd... concat, contains, countOf, indexOf,
# setitem/delitem, call, is_none...), with CPython's errors.
import operator as op
xs = [1, 2]
print(op.iadd(xs, [3]), xs, op.iadd(1, 2), op.isub(5, 2), op.imul("ab", 2), op.iand(6, 3), op.ior(4, 1), op.ixor(5, 1), op.ilshift(1, 3), op.irshift(8, 1), op.imod(7, 3), op.ifloordiv(7, 2), op.itruediv(7, 2), op.ipow(2, 10))
print(op.concat([1], [2]), op.concat("a", "b"), op.iconcat([1], (2,)), op.abs(-3), op.index(True), op.pos(-2), op.inv(5), op.invert(0))
print(op.is_(None, None), op.is_not(1, None), op.is_none(None), op.is_not_none(0), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
d = {}
op.setitem(d, "k", 1)
print(d)
op.delitem(d, "k")
print(d, op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True))
for bad in [lambda: op.concat(1, 2), lambda: op.indexOf([1], 9), lambda: op.index(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
