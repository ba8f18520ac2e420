# Sets of floats and tuples iterate in CPython's hash-table order. (Dyadic floats only:
# their slots agree between 64-bit CPython and the 32-bit pyodide oracle; tuple hashes do
# not, so the set of tuples is printed sorted.)
import asyncio

async def measure(i):
    await asyncio.sleep(0.01 * (i % 3))
    return i / 4

async def main():
    readings = await asyncio.gather(*(measure(i) for i in range(12)))
    print(readings)
    print(set(readings))
    seen = set()
    for r in reversed(readings):
        seen.add(r * 2)
    print(seen, len(seen))
    grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
    print(sorted(grid), len(grid))
    print({-1.5, -0.25, 7.75, 3.0, 2} | set(), hash(0.5) == hash(0.5 + 0), hash(2.0) == hash(2))

asyncio.run(main())
