# object.__ne__ asks the type's own __eq__ and inverts it, but passes NotImplemented on:
# `!=` then tries the other side, and the identity fallback decides.
print(object.__ne__(None, 0), object.__eq__(None, 0), object.__ne__(None, None))


class Plain:
    pass


p = Plain()
print(object.__ne__(p, 1), p.__ne__(p), p.__ne__(1), p != p, p != 1)


class Loose:
    def __eq__(self, other):
        return 42


print(Loose().__ne__(1), Loose() != 1, object.__ne__(Loose(), 2))


class Refuses:
    def __eq__(self, other):
        return NotImplemented


r = Refuses()
print(r.__ne__(1), r != 1, r != r)
print(object.__ne__(5, 5), object.__ne__(5, 'a'), (5).__ne__(5.0), object.__ne__('a', 'a'), object.__ne__([1], [1]))
print(None.__ne__(None), None.__ne__(1), None != 1)
