# math's special values as CPython's errno checks give them: NaN and infinity in, out; a NaN
# from ordinary arguments is a domain error, an infinity a range error; expm1 and log1p.
import math
print(math.expm1(1e-10), math.expm1(0.5), math.expm1(-50), math.log1p(1e-10), math.log1p(0.5), math.log1p(-0.5), math.expm1(-0.0), math.log1p(-0.0), math.expm1(float('-inf')), math.log1p(float('inf')))
for f, x in ((math.expm1, 710), (math.expm1, 1e308), (math.log1p, -1), (math.log1p, -2), (math.log1p, float('-inf')), (math.expm1, 'a'), (math.log1p, None)):
    try:
        print(f(x))
    except Exception as e:
        print(type(e).__name__, e)
print(math.expm1(float('nan')), math.log1p(float('nan')))
nan, inf = float('nan'), float('inf')
for f in (math.exp, math.exp2, math.expm1):
    print([f(x) for x in (nan, inf, -inf, 1.0)])
for args in ((nan, 1), (1, nan), (nan, 0), (inf, 2), (-inf, 3), (2, inf), (0.5, inf), (-8, 1 / 3), (-1, inf), (10, 400), (0, -1), (0.0, 0)):
    try:
        print(args, math.pow(*args))
    except (ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(math.ldexp(nan, 3), math.ldexp(inf, 3))
try:
    math.ldexp(1.0, 5000)
except OverflowError as e:
    print(e)
