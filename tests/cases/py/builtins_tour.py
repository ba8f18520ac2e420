import asyncio

async def main():
    results = []
    async def appender(i):
        await asyncio.sleep(0.01 * (3 - i))
        results.append(i)
    await asyncio.gather(*(appender(i) for i in range(3)))
    print(results)
    d = {}
    d.setdefault("k", []).append(1)
    print(d, d.get("x"), d.get("x", 0), list(d.items()), d.keys(), d.values())
    s = "Hello, World"
    print(s.lower(), s.replace("l", "L", 1), s.find("o"), s.count("l"), s.startswith("He"), s.split(", "), s.partition(","), s.center(16, "-"), s.zfill(15), s.title(), s.isdigit())
    nums = [5, 3, 8, 1]
    nums.sort()
    print(nums, nums.index(8), nums.pop(), nums.pop(0), nums, nums * 2, nums + [9], nums[::-1], nums[-1])
    t = (1, 2, 3)
    a, *b = t
    print(a, b, t.count(2), len(t), t[1:], tuple([4]))
    st = {3, 1, 2}
    st.add(2)
    print(sorted(st), len(st), 1 in st, st | {9} == {1, 2, 3, 9}, st - {1})
    print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip("ab", [1, 2])), list(reversed([1, 2, 3])), "".join(reversed("abc")))

asyncio.run(main())
