import asyncio

async def main():
    results = {}
    async def fetch(name, delay):
        await asyncio.sleep(delay)
        results[name] = delay
    await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01))
    for k in results:
        print(k)
    print(list(results.items()), max(results, key=results.get))
    text = "The quick brown fox"
    words = text.split()
    print({w: len(w) for w in words}, sorted(words, key=len), [w[::-1] for w in words])
    print(f"{'|'.join(words):^30}", text.replace(" ", "_").lower().count("o"))
    nums = list(range(1, 11))
    print(sum(n * n for n in nums if n % 2), [n for n in nums if n > 5][:2], nums[1::3], min(nums[-3:]))
    matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
    print(matrix, [list(r) for r in zip(*matrix)], [row[i] for i, row in enumerate(matrix)])

asyncio.run(main())
