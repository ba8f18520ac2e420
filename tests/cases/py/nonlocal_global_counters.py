import asyncio

def make_counter():
    count = 0
    async def tick(label):
        nonlocal count
        await asyncio.sleep(0)
        count += 1
        return f"{label}:{count}"
    return tick

total = 0
async def add(n):
    global total
    await asyncio.sleep(0.001 * n)
    total += n

async def main():
    tick = make_counter()
    print(await asyncio.gather(tick("a"), tick("b"), tick("c")))
    await asyncio.gather(*map(add, range(5)))
    print("total", total)
    def broken():
        count += 1
    try:
        count = 0
        broken()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    funcs = {}
    for name in ["x", "y"]:
        async def f(name=name):
            return name * 2
        funcs[name] = f
    print([await fn() for fn in funcs.values()])
    print([await asyncio.sleep(0, r) for r in range(3)])

asyncio.run(main())
