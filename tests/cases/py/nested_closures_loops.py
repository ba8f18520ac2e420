def make_counters():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fns.append(f)
    return fns


def outer():
    x = 0

    def inc():
        nonlocal x
        x += 1
        return x
    inc()
    inc()
    return x


total = 0


def add(n):
    global total
    total += n


for k in range(4):
    if k == 2:
        continue
    add(k)
else:
    print("loop done")
i = 0
while True:
    i += 1
    if i > 5:
        break
print([f() for f in make_counters()], outer(), total, i)
print({k: v for k, v in zip("abc", range(3)) if v != 1}, [x * y for x in range(3) for y in range(2) if x])
a, *rest = [1, 2, 3, 4]
(p, q), r = (5, 6), 7
print(a, rest, p, q, r)
