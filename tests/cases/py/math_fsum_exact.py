# math.fsum is the exact sum rounded once (CPython's Shewchuk partials): compensated
# summation alone misses on long mixed-magnitude sums.
import math, random
random.seed(5)
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([-0.0]), math.fsum([]), math.fsum([1.0, 1e-16] * 50))
for _ in range(6):
    xs = [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(200)]
    print(math.fsum(xs), math.fsum(x * x for x in xs))
print(math.fsum([2**-1074, 2**-1074, 1e-320]), math.fsum([float('inf'), 1]))
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print(e)
