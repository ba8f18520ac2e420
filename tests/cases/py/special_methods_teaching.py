# a + b is a.__add__(b): the dunders teaching code calls on built-in values.
d = {'a': 3, 'b': 1}
tests = [
    lambda: max(d, key=d.__getitem__),
    lambda: (5).__add__(3),
    lambda: [1, 2].__len__(),
    lambda: 'ab'.__contains__('a'),
    lambda: (2).__mul__(1.5),
    lambda: (2.5).__radd__(1),
    lambda: [1].__add__([2]),
    lambda: 'x'.__add__(1),
    lambda: {1}.__or__({2}),
    lambda: d.__contains__('a'),
    lambda: list(map((10).__sub__, [1, 2])),
    lambda: sorted(d.items(), key=(lambda kv: kv[1].__neg__())),
    lambda: (3).__lt__(4),
    lambda: (3).__eq__('x'),
    lambda: [3, 4].__iter__().__next__(),
    lambda: (7).__index__(),
    lambda: (7).__bool__(),
    lambda: (2.5).__int__(),
    lambda: (5).__pow__(2, 3),
    lambda: 'abc'.__getitem__(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
class P:
    __slots__ = ('x',)
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, k, v):
        raise AttributeError('frozen')
    def __repr__(self):
        return 'P(' + repr(self.x) + ') ' + object.__repr__(self)[:10]
p = P(3)
print(p)
try:
    p.x = 4
except AttributeError as e:
    print(e)
print(int.__add__(2, 3), str.join(',', ['a', 'b']), list.__len__([1, 2]), dict.get({'a': 1}, 'a'))
print(dict.__getitem__({'a': 1}, 'a'), dict.__contains__({'a': 1}, 'a'), list.__getitem__([5, 6], 1))
print(object.__eq__(p, p), object.__hash__(p) == hash(p), type.__name__, int.__repr__(5), str.__str__('x'))
print(getattr(int, '__repr__')(7), float.__repr__(1.5), bool.__repr__(True))
class D:
    def __getattr__(self, name):
        return object.__getattribute__(self, '_' + name)
    _a = 1
print(D().a)
print(sorted(['b', 'A', 'c'], key=str.lower), list(map(str.upper, 'ab')), list(map(int.__neg__, [1, 2])))
for v in (1, 'x', [1], (1,), {1: 2}, {1}, iter([]), range(3), None, 2.5, {}.keys(), map(str, []), True):
    print(type(v).__name__, hasattr(v, '__iter__'), hasattr(v, '__len__'), hasattr(v, '__getitem__'), hasattr(v, '__next__'), hasattr(v, '__contains__'), callable(getattr(v, '__add__', None)), hasattr(v, '__hash__'), hasattr(v, '__bool__'))
import collections
from collections import namedtuple, Counter, defaultdict, OrderedDict, deque
P = namedtuple('P', 'x y')
class Q(P):
    pass
for v in (Counter('abca'), defaultdict(int, a=1), OrderedDict(a=1), deque([1]), P(1, 2), Q(3, 4), frozenset({1})):
    print(repr(v), str(v), type(v).__repr__(v), tuple.__repr__(v) if isinstance(v, tuple) else dict.__repr__(v) if isinstance(v, dict) else '-')
