import asyncio

def retry(times):
    def deco(fn):
        async def wrapper(*args, **kwargs):
            for i in range(times):
                try:
                    return await fn(*args, **kwargs)
                except Exception as e:
                    print(f"{fn.__name__} attempt {i + 1}: {e!r}")
                    await asyncio.sleep(0.01 * 2 ** i)
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

def logged(fn):
    async def inner(*a, **k):
        print("->", fn.__name__, a, k)
        r = await fn(*a, **k)
        print("<-", fn.__name__, r)
        return r
    return inner

calls = {"n": 0}

@retry(3)
async def unstable(x, *, scale=1):
    calls["n"] += 1
    if calls["n"] < 3:
        raise OSError(f"try {calls['n']}")
    return x * scale

@logged
async def add(a, b=2):
    await asyncio.sleep(0)
    return a + b

async def main():
    print(await unstable(5, scale=10))
    print(await add(1), await add(1, b=5))
    print(unstable.__name__, add.__name__)
    try:
        calls["n"] = -10
        await unstable(1)
    except RuntimeError as e:
        print(e)

asyncio.run(main())
