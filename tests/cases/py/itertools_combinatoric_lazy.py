# The combinatoric iterators of itertools in CPython's orders, made lazily: the inputs are
# read when the iterator is made, each result when it is asked for (so a huge space can be
# sampled), and an exhausted iterator stays exhausted.
import itertools


def letters(s):
    for ch in s:
        print("read", ch)
        yield ch


p = itertools.product(letters("ab"), [1, 2])
print("made the product")
print(list(p))
print(list(p))
print(list(itertools.product("ab", repeat=3)))
print(list(itertools.product([0, 1], "xy", repeat=2))[:6])
print(list(itertools.product()), list(itertools.product("ab", repeat=0)))
print(list(itertools.product("ab", [], "cd")), list(itertools.product([], repeat=0)))

print(list(itertools.permutations("abcd", 2)))
print(list(itertools.permutations(range(4)))[::5])
print(list(itertools.permutations("abc", 0)), list(itertools.permutations("abc", 4)))
print(len(list(itertools.permutations(range(7)))), list(itertools.permutations([])))

print(list(itertools.combinations("abcde", 3)))
print(list(itertools.combinations(range(4), 0)), list(itertools.combinations(range(3), 5)))
print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement([], 0)), list(itertools.combinations_with_replacement([], 2)))
print(len(list(itertools.combinations_with_replacement(range(5), 4))))

# Far more results than could ever be listed: the first few come at once.
big = itertools.product(range(10), repeat=40)
print(next(big)[-3:], next(big)[-3:], next(big)[-3:])
perms = itertools.permutations(range(60))
for t in itertools.islice(perms, 4):
    print(t[-4:])
combos = itertools.combinations(range(200), 100)
print([c[-3:] for c in itertools.islice(combos, 3)])
cwr = itertools.combinations_with_replacement("xyz", 500)
first = next(cwr)
second = next(cwr)
print(len(first), first[-2:], second[-2:])

# Duplicates in the input are positions, not values.
print(list(itertools.permutations("aab", 2)))
print(list(itertools.combinations("aab", 2)))

it = itertools.combinations("ab", 2)
print(list(it), list(it), next(it, "done"))
