# Hostile inputs to the exact float operations and statistics: huge exponents and digit
# strings, steps past the doubles, subnormals, overflow, wrong types, a million data points.
import math, statistics as st
for s in ('0x1p99999999999999999999', '0x1p-99999999999999999999', '0x' + 'f' * 5000 + 'p0', '0x.' + '0' * 5000 + '1p0', ' nan ', '-iNfInItY', '0x1.p1', '0x.p1', '.p1', '0x1p+', '1e5', '\u0660x1p1'):
    try:
        print(repr(s[:20]), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s[:20]), type(e).__name__, e)
print(math.nextafter(1.0, 2.0, steps=10**100), math.nextafter(-1.0, 1.0, steps=2**64), math.nextafter(0.0, 1.0, steps=True))
for args in ((5e-324, 1e-323), (1e308, 5e-324), (-7.5, -2), (float('inf'), float('inf'))):
    try:
        print(math.remainder(*args))
    except ValueError as e:
        print(e)
print(math.fma(1e308, 1e308, -math.inf), math.fma(5e-324, 0.5, 0.0), math.fma(-5e-324, 0.5, -0.0), math.fma(2, 3, 4), math.fma(True, 2, 1))
for bad in ((math.nextafter, (1, 'a')), (math.fma, (1, 2)), (math.ulp, ('x',)), (math.remainder, (1,)), (float.fromhex, (1,)), (math.exp2, (None,))):
    try:
        print(bad[0](*bad[1]))
    except TypeError as e:
        print('TypeError', e)
print(st.mean(range(10**6)), st.stdev(float(i) for i in range(1000)), st.multimode(range(10**5))[:3], st.median(range(10**5)))
print(math.fsum([1e-300, 1e300] * 1000))
for f in (lambda: st.variance([1e-300, 1e300, 1.0]), lambda: st.mean([1e308, 1e308, 1e308]), lambda: st.fmean([1e308, 1e308])):
    try:
        print(f())
    except OverflowError as e:
        print(e)
try:
    print(st.mean([1, 2, None]))
except TypeError as e:
    print(e)
print(st.stdev([1e-300, 1e300, 1.0]), st.mean([2**2000, 2**2000]) == 2**2000)
