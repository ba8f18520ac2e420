# The float operations IEEE 754 defines exactly, on a double's bits (float-bits.ts):
# float.hex / float.fromhex with rounding at every edge, math.ulp, math.nextafter (steps too),
# math.remainder, math.fma; and math.exp2, rounded as the C library rounds.
import math
for x in (0.1, 1.0, 0.5, -2.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.0, -0.0, float('inf'), float('nan'), 3.14159, 1e-310):
    print(x.hex(), float.fromhex(x.hex()) == x or x != x, math.ulp(x), math.nextafter(x, 0), math.nextafter(x, math.inf))
for s in ('0x1.8p1', '1.8p1', '  -0x.8p-1 ', 'inf', '-Infinity', 'nan', '0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x3p-1076', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0X1P+10', '0x0p99999', 'ff', '0x1.000000000000080000001p0', '0x1.00000000000008p0', '0x1.00000000000018p0'):
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for s in ('', '0x', 'p1', '0x1p', '1.2.3', '0x1.8p1.5', '0xg'):
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
print(math.nextafter(0.0, -1), math.nextafter(-5e-324, 1), math.nextafter(5e-324, -1), math.nextafter(0.0, -0.0), math.nextafter(1.0, 2.0, steps=3), math.nextafter(1.0, 1.0000000000000004, steps=100), math.nextafter(-5e-324, 1, steps=2), math.nextafter(1.0, 0.0, steps=0), math.nextafter(2.0, -2.0, steps=10**20))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-5, 2), math.remainder(3, 2), math.remainder(10.5, 3), math.remainder(-0.0, 1), math.remainder(5, math.inf), math.remainder(1e300, 3.7))
print(math.fma(2.0, 3.0, 1.0), math.fma(0.1, 10, -1), 0.1 * 10 - 1, math.fma(1e308, 10, -1e308 * 9.5), math.fma(1 + 2**-52, 1 - 2**-52, -1), math.fma(-0.0, 1, 0.0), math.fma(1, 1, -1))
print([math.exp2(x) for x in (0.5, 10, -1074, -1075, 3.3, -0.7, 1023.9, 0.1)])
for bad in ((math.inf, 1), (1, 0)):
    try: math.remainder(*bad)
    except ValueError as e: print(e)
try: math.fma(math.inf, 0, 1)
except ValueError as e: print(e)
try: math.fma(1e308, 10, 0)
except OverflowError as e: print(e)
try: math.nextafter(1, 2, steps=-1)
except ValueError as e: print(e)
