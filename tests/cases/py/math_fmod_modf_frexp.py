# math.fmod (C fmod: the sign of x), modf, frexp and atanh, with CPython 3.14's errors.
import math

print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.fmod(7, -2.5), math.fmod(-0.0, 3), math.fmod(5, float("inf")))
print(math.modf(3.25), math.modf(-2.5), math.modf(-0.0), math.modf(7), math.modf(float("inf")), math.modf(float("-inf")))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-0.0), math.frexp(5e-324), math.frexp(-3), math.frexp(1e308), math.frexp(float("inf")))
print([math.atanh(v) for v in [0.0, -0.0, 0.5, -0.99, 1e-9, 0.25]])
for call in [lambda: math.fmod(1.0, 0.0), lambda: math.fmod(float("inf"), 2), lambda: math.atanh(1), lambda: math.atanh(-2.5)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
print(math.isnan(math.fmod(float("nan"), 0)), math.modf(float("nan")), math.frexp(float("nan")))
