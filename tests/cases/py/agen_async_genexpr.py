import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0.02)
        yield i

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

def make_stream():
    # legal in a plain function: it only builds the async generator
    return (f"t{t}" async for t in ticks(3))

async def main():
    squares = (await square(x) for x in range(4))
    print(type(squares).__name__, repr(squares).split(" at ")[0])
    async for s in squares:
        print("square", s)
    evens = (t * 10 async for t in ticks(6) if t % 2 == 0)
    print(await anext(evens))
    print([e async for e in evens])
    print([s async for s in make_stream()])
    nested = (x + y async for x in ticks(2) for y in (100, 200))
    print([v async for v in nested])
    try:
        bad = (x async for x in 5)
    except TypeError as e:
        print("TypeError at creation:", e)
    empty = (x async for x in ticks(0))
    print(await anext(empty, "nothing"))

asyncio.run(main())
