# functools.lru_cache / cache: cache_info, cache_clear, cache_parameters, LRU eviction at maxsize, keyword and typed keys, a cached method, update_wrapper's attributes; itertools and operator helpers.
import functools

@functools.cache
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info(), fib.__name__, fib.__doc__, fib.__wrapped__.__name__)
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def sq(x, *, scale=1):
    print("computing", x, scale)
    return x * x * scale

sq(1); sq(2); sq(1); sq(3); sq(2); sq(1, scale=2); sq(1, scale=2)
print(sq.cache_info(), sq.cache_parameters())

@functools.lru_cache
def plain(x):
    return x
plain(1); plain(1.0); plain(True)
print(plain.cache_info())

class Shape:
    def __init__(self, n): self.n = n
    @functools.lru_cache(maxsize=None)
    def area(self, k):
        print("area", self.n, k)
        return self.n * k
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return self.n == o.n

s = Shape(3)
print(s.area(2), s.area(2), Shape.area.cache_info().hits)
try:
    fib([1])
except TypeError as e:
    print("TypeError", e)
none = functools.lru_cache(maxsize=0)(lambda x: x)
none(1); none(1)
print(none.cache_info())
import asyncio, itertools, operator
print(list(itertools.accumulate([1, 2, 3], operator.mul)), list(itertools.accumulate([1, 2], initial=10)), list(itertools.batched("abcde", 2)))
print(list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")], list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.product("ab", repeat=2))[:3], list(itertools.permutations(range(3), 2))[:3], list(itertools.zip_longest("ab", "c", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 3)])), list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.pairwise("abc")))
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.takewhile(lambda x: x < 3, itertools.count())), list(itertools.chain.from_iterable(["ab", "c"])))
@functools.cache
def f(n): return n * 2
print(f(3), f(3), f.cache_info())
p = functools.partial(print, sep="|")
p("a", "b")
print(functools.reduce(operator.add, [[1], [2]], []), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), sorted([(1, "b"), (1, "a")], key=operator.itemgetter(1)))
async def agen():
    for i in range(3):
        yield i
async def main():
    print([x async for x in agen() if x], await asyncio.gather(*[asyncio.sleep(0, r) for r in "ab"]))
    print(sum([x async for x in agen()]), {x: x async for x in agen()})
asyncio.run(main())
