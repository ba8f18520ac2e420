# math's argument checks in CPython 3.14's words: an infinite sin/cos/tan argument, asin and
# acos outside [-1, 1], logs of ints and floats at or below zero, a log base of 1; NaN passes.
import math
nan, inf = float('nan'), float('inf')
for name in ('sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atanh', 'sqrt', 'log', 'log2', 'log10', 'fabs', 'degrees', 'radians', 'expm1', 'log1p'):
    f = getattr(math, name)
    for x in (nan, inf, -inf, 2.0, -2.0, 1.0, 0.0):
        try:
            r = f(x)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ': ' + str(e)
        print(name, x, r)
for args in ((inf, 1), (1, inf), (nan, 1), (inf, inf), (0.0, 0.0), (-0.0, -0.0), (0.0, -0.0)):
    print('atan2', args, math.atan2(*args))
for args in ((inf, 1), (1, 0), (1, inf), (nan, 1), (1, nan), (-inf, 2)):
    try:
        print('fmod', args, math.fmod(*args))
    except ValueError as e:
        print('fmod', args, e)
for x in (-2, 0, -2.0, 0.0, True, False, -10**400):
    for f in (math.log, math.log2, math.log10, lambda v: math.log(v, 10), lambda v: math.log(10, v)):
        try:
            print(f(x))
        except ValueError as e:
            print(x, e)
for x in (-1.0, float('nan'), 1.5):
    try:
        print(math.atanh(x))
    except ValueError as e:
        print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
