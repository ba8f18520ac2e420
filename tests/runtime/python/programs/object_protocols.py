import sys

class Guarded:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.a = 1
    def __setattr__(self, name, value):
        self.log.append(name)
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)

g = Guarded()
g.b = 2
g.c = 'x'
print(g.a, g.b, g.c, g.log)

class Frozen:
    __slots_like__ = ('x',)
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")

f = Frozen(3)
try:
    f.x = 4
except AttributeError as e:
    print('AttributeError:', e, f.x)

sys.stdout.write('written ' + str(42) + '\n')
print('to stdout', file=sys.stdout)
print(sys.version_info[:2] >= (3, 10), type(sys.maxsize).__name__)

class Node:
    count = 0
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
        Node.count += 1
    def __iter__(self):
        yield_items = [self.val]
        for c in self.children:
            yield_items.extend(list(c))
        return iter(yield_items)
    def __repr__(self):
        return f"Node({self.val}, {len(self.children)})"

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree), Node.count, tree, tree.children)
print(sorted(tree, reverse=True), max(tree), sum(tree), 4 in list(tree))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __str__(self): return f"${self.cents / 100:.2f}"
    def __repr__(self): return f"Money({self.cents})"
    def __add__(self, o):
        return Money(self.cents + o.cents)

wallet = [Money(500), Money(125), Money(999)]
m = Money(1)
alias = m
m += Money(2)
print(sorted(wallet), min(wallet), str(max(wallet)), Money(3) > Money(2), Money(3) >= Money(4), alias is m, alias, m)
print(len({Money(1), Money(1), Money(2)}), Money(1) in [Money(1)], wallet.index(Money(125)))
print(f"{Money(250)} and {Money(5)!r}", '%s' % Money(7), str(Money(1)) + '!')
try:
    sorted([Money(1), 3])
except TypeError as e:
    print('TypeError:', e)
sys.exit(3)
print('not reached')
