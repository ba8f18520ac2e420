# The special methods of the built-in types called by name (special-methods.ts): each value's
# operators, comparisons and protocols with every other kind of operand, against CPython.
import itertools
vals = [0, -3, True, 2.5, 'ab', [1, 2], (1, 2), {'a': 1}, {1, 2}, frozenset({2, 3}), None, 2**70]
names = ['__add__', '__radd__', '__sub__', '__rsub__', '__mul__', '__rmul__', '__truediv__', '__rtruediv__',
         '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__pow__', '__rpow__', '__divmod__', '__rdivmod__',
         '__lshift__', '__rshift__', '__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__',
         '__lt__', '__le__', '__gt__', '__ge__', '__eq__', '__ne__', '__contains__', '__getitem__']
unary = ['__neg__', '__pos__', '__abs__', '__bool__', '__int__', '__float__', '__index__', '__invert__', '__repr__', '__str__', '__len__', '__iter__', '__round__', '__trunc__']
def show(f):
    try:
        r = f()
        if type(r).__name__.endswith('iterator'):
            r = ('iter', list(r))
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for a in vals:
    for n in unary:
        if hasattr(a, n):
            print(repr(a), n, '', show(lambda: getattr(a, n)()), sep='|')
        else:
            print(repr(a), n, '', 'absent', sep='|')
    for n in names:
        if not hasattr(a, n):
            print(repr(a), n, '', 'absent', sep='|')
            continue
        for b in vals:
            if n in ('__pow__', '__rpow__', '__lshift__') and (a == 2**70 or b == 2**70):
                continue
            # Known: no complex numbers (a negative base to a fractional power).
            base, exp = (a, b) if n == '__pow__' else (b, a)
            if isinstance(base, (int, float)) and isinstance(exp, float) and base < 0 and exp != int(exp):
                continue
            print(repr(a), n, repr(b), show(lambda: getattr(a, n)(b)), sep='|')
