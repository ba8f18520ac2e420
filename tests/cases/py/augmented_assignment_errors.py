# Augmented assignment: the in-place protocol and its error messages.

def t0():
    x = 1
    x += 'a'

def t1():
    s = {1}
    s |= [2]

def t2():
    l = [1]
    l += 5

def t3():
    n = None
    n += 1

def t4():
    d = {}
    d['k'] += 1

def t5():
    t = (1,)
    t[0] += 1

def t6():
    s = 'ab'
    s -= 'a'

def t7():
    l = [1]
    l *= 'x'

def t8():
    d = {'a': 1}
    d |= [('b', 2)]
    print(d)

def t9():
    d = {'a': 1}
    d |= 5

def t10():
    fs = frozenset()
    fs -= {1}
    print(fs)

def t11():
    l = [1]
    l += 'ab'
    print(l)

def t12():
    l = [1]
    l += {'k': 1}
    print(l)

def t13():
    x = 2
    x **= 10
    x //= 3
    x %= 7
    x <<= 2
    x >>= 1
    x |= 8
    x &= 14
    x ^= 1
    print(x)

def t14():
    f = 1.5
    f /= 2
    f -= 0.25
    print(f)

def t15():
    l = [1, 2]
    l *= 0
    print(l)

def t16():
    l = [3]
    l *= -1
    print(l)

def t17():
    x = 1
    x /= 0

def t18():
    class A:
        pass
    a = A()
    a += 1

def t19():
    class V:
        def __init__(self, n):
            self.n = n
        def __add__(self, o):
            return V(self.n + o)
        def __repr__(self):
            return f'V({self.n})'
    v = V(1)
    w = v
    v += 2
    print(v, w, v is w)

for f in [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
