# The last printed digit of float math: float ** and pow(), math.exp / log / log2 / log10 /
# pow, math.hypot and math.dist, and the random distributions built on log and exp. V8's
# Math.pow, exp and log are an ulp off CPython's C library for some of these (2.5 ** 2.5,
# math.log(2.6), compound interest).
import math
import random

print(2.5 ** 2.5, 1.1 ** 10, 1.05 ** 30, 0.9 ** 7, 3 ** 0.5, 2 ** 0.3, 10 ** -2, 7 ** -3)
print(pow(1.5, 2.7), pow(2, -10), math.pow(2, 0.5), math.pow(9.81, 1.25))

# Compound interest, a classroom staple.
principal = 1000.0
for years in (1, 5, 10, 30):
    print(years, principal * (1 + 0.035) ** years, principal * math.exp(0.035 * years))

print(math.log(2.6), math.log(10), math.log(0.5), math.log(1e-10), math.log(123456.789))
print(math.log(8, 2), math.log(100, 10), math.log(2.6, 3.1), math.log2(10), math.log2(0.1), math.log10(2), math.log10(0.3))
print(math.exp(1), math.exp(2.5), math.exp(-3.7), math.exp(100), math.exp(-700))

# Ints too large for a float: log(m) + log(2.0) * e.
print(math.log(10**400), math.log2(3**1000), math.log10(7**500), math.log(2**1024 + 1, 10))

print(math.hypot(3, 4), math.hypot(1.1, 2.2, 3.3), math.hypot(), math.hypot(-5), math.hypot(1e-300, 1e-300))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [1.5, -2.5, 3.25]), math.dist((), ()))

print((-2.0) ** 3, (-2.0) ** -3, 1.0 ** float('inf'), (-1.0) ** float('inf'), 2.0 ** -1074, 2.0 ** -1075, 0.5 ** 1074)
print(1e300 ** 0.5, 1.0000001 ** 1e9, 0.999999 ** 1e7)

random.seed(42)
print([random.gauss(0, 1) for _ in range(4)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.normalvariate(10, 2) for _ in range(3)], random.lognormvariate(0, 0.5))

for bad in ((0.0, -1.0), (10.0, 400.0)):
    try:
        print(bad[0] ** bad[1])
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__)
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print(e)
try:
    math.hypot('3')
except TypeError as e:
    print(e)
try:
    math.log(-10**400)
except ValueError as e:
    print(e)
