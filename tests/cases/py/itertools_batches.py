import asyncio
import itertools as it

async def main():
    ids = it.count(1)
    colors = it.cycle(["red", "green"])
    jobs = [(next(ids), next(colors)) for _ in range(5)]
    print(jobs)
    print(list(it.islice(it.count(10, 5), 4)), list(it.repeat("x", 3)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)))
    print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable([[1], [2, 3]])), list(it.compress("abcd", [1, 0, 1, 0])))
    print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
    data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
    for k, g in it.groupby(data, key=lambda w: w[0]):
        print(k, list(g))
    print(list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
    print(list(it.batched(range(7), 3)), list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(range(10), None, 3)))
    print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
    print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
    async def fetch(url, delay):
        await asyncio.sleep(delay)
        return url
    urls = [f"u{i}" for i in range(6)]
    for batch in it.batched(urls, 2):
        print(await asyncio.gather(*(fetch(u, 0.01) for u in batch)))

asyncio.run(main())
