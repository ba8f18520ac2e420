# functools.total_ordering (the missing comparisons from the one defined, NotImplemented kept)
# and functools.cmp_to_key in sorted().
import functools

@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= c, a > b, a >= c, b >= a, a != b, sorted([b, a, Version(0, 9)]), max(a, b))
print("__gt__" in Version.__dict__, "__le__" in Version.__dict__)
try:
    a < 3
except TypeError as e:
    print("TypeError", e)

@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= other.v
    def __eq__(self, other):
        return self.v == other.v
print(Score(1) < Score(2), Score(3) <= Score(3), Score(2) > Score(1))

def by_len_then_alpha(x, y):
    return (len(x) - len(y)) or ((x > y) - (x < y))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(5).obj)
try:
    functools.total_ordering(type("Empty", (), {}))
except ValueError as e:
    print("ValueError", e)
