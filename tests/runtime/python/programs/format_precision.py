# Widths and precisions from `*` and from the format text, at their limits (a fuzzed call,
# '%.*f' % (2**31, 1.5), was an internal error, and a precision of ten million ran for
# seconds in one step: issue 10). Only texts Pyodide can hold: the lengths are printed. A
# format spec's precision near 2**31 is left to tests/engine/format-precision.test.ts: Pyodide
# is a 32-bit CPython, whose Py_ssize_t ends there (format('ab', '.2147483648') is 'ab' on a
# 64-bit CPython, "Too many decimal digits" on Pyodide).
def t(f):
    try:
        r = f()
        print(repr(r)[:50], len(r))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: '%.*f' % (-5, 1.5))
t(lambda: '%*d|' % (-5, 1))
t(lambda: '%-*d|' % (-5, 1))
t(lambda: '%.*f' % (-2**31 - 1, 1.5))
t(lambda: '%.*f' % (2**31, 1.5))
t(lambda: '%.*f' % (-(2**31), 1.5))
t(lambda: '%*d' % (2**63, 1))
t(lambda: '%.*d' % (5, 1))
t(lambda: '%.*s' % (-1, 'ab'))
t(lambda: '%.*s' % (2**40, 'ab'))
t(lambda: '%*d' % ('a', 1))
t(lambda: '%*d' % (1.5, 1))
t(lambda: '%.*f' % (0.5, 1.5))
t(lambda: '%*d|' % (True, 1))
t(lambda: '%99999999999999999999d' % 1)
t(lambda: '%.2147483647d' % 1)
t(lambda: '%.2147483648f' % 1.5)
t(lambda: '%.2147483648s' % 'ab')
t(lambda: format(1, '99999999999999999999'))
t(lambda: format(1.5, '.99999999999999999999f'))
t(lambda: '%.*f' % (10**5, 1.5))
t(lambda: '%.*e' % (10**5, 0.1))
t(lambda: '%.*g' % (10**7, 0.1))
t(lambda: '%#.*g' % (10**5, 0.1))
t(lambda: '%.*G' % (10**6, 1e300))
t(lambda: format(2**-1074, '.1100f'))
t(lambda: format(2**-1074, '.1100e'))
t(lambda: format(1e308, '.20g'))
t(lambda: format(1e308, '.2000g'))
t(lambda: format(1e308, '.5000f'))
t(lambda: format(123.456, '.5000g'))
t(lambda: format(0.1, '.30f'))
t(lambda: format(0.1, '.60e'))
t(lambda: format(5e-324, '.800g'))
t(lambda: format(-0.0, 'z.900f'))
t(lambda: '%.*d' % (10**5, 7))
t(lambda: '%#.*x' % (20, 255))
t(lambda: '%#.*o' % (6, 8))
t(lambda: '%#.3X' % 255)
t(lambda: format(1.5, '.5%'))
t(lambda: format(1.5, ',.3000f'))
