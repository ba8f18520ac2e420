# random.seed(n) gives CPython's Mersenne Twister sequences. (Float seeds are left out: they
# seed from hash(float), which differs between 64-bit CPython and the 32-bit pyodide oracle.)
import random

random.seed(42)
print(random.random(), random.randint(1, 6), random.randint(1, 10**30), random.choice("abcdef"))
print(random.uniform(0.1, 0.5), random.randrange(10), random.randrange(5, 50, 7), random.randrange(50, 5, -3))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.sample(items, 3), random.sample(range(1000), 30))
print(random.choices(["red", "green", "blue"], k=5), random.choices("ab", weights=[1, 9], k=6), random.choices([1, 2, 3], cum_weights=[1, 1, 3], k=4))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(100))
for s in (0, 1, -1, 2**40, 2**100 + 7, True, 1.0, "hello", "", "héllo wörld"):
    random.seed(s)
    print(repr(s)[:12], random.random(), random.randint(0, 99))
random.seed(7)
print([round(random.uniform(0.01, 0.2), 3) for _ in range(5)])
for bad in (lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.seed([1])):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
