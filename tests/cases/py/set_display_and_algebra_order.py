# CPython iterates a set in hash-table order, and the table depends on how the set was
# built: constant displays and set(other_set) merge, comprehensions and set(list) add one
# by one; a | b, a & b, a - b, a ^ b and their in-place forms each walk a given operand.
print({10, 20, 30, 40, 50})
x = 10
print({x, 20, 30, 40, 50})
print(set([10, 20, 30, 40, 50]))
print(set({10, 20, 30, 40, 50}))
print({10, 20, 30, 40, 50} | {60})
print({i for i in (10, 20, 30, 40, 50)})
s={10,20,30,40,50}
s.add(60)
print(s)
a = set([40, 10, 50, 20, 30, 60, 70, 5, 17, 33])
b = set([33, 17, 99, 65, 1, 129])
print(a, b)
print(a ^ b, b ^ a)
print(a & b, b & a)
print(a - b, b - a, a - {17})
print(a | b, b | a)
print(a.symmetric_difference([33, 99, 65]), a.union([99, 65, 1]), a.intersection([33, 17, 5]), a.difference([10]))
c = set([1, 2]); c.update({40, 10, 50, 20, 30})
print(c)
print(set({40: 1, 10: 2, 50: 3, 20: 4, 30: 5}), set({40, 10, 50, 20, 30}))
print({40, 10, 50, 20, 30, 60}, {40, 10, 50}, frozenset({40, 10, 50, 20, 30, 60}))
d = {100, 36, 68, 4}
d |= {132, 164, 196}
print(d)
e = set(range(0, 200, 33)); e -= {33}; e.add(1000)
print(e)
