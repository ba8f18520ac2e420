import asyncio

async def retry(coro_fn, attempts=4, base=0.01):
    for attempt in range(1, attempts + 1):
        try:
            return await coro_fn(attempt)
        except ConnectionError as e:
            wait = base * 2 ** (attempt - 1)
            print(f"attempt {attempt} failed ({e}); retrying in {wait:.2f}s")
            await asyncio.sleep(wait)
        finally:
            print("cleanup", attempt)
    raise RuntimeError("gave up")

async def flaky(n):
    if n < 3:
        raise ConnectionError(f"refused #{n}")
    return {"ok": True, "attempt": n}

async def main():
    print(await retry(flaky))
    try:
        await retry(flaky, attempts=2)
    except RuntimeError as e:
        print("error:", e, e.__context__)
    loop = asyncio.get_running_loop()
    print(round(loop.time(), 2) >= 0)

asyncio.run(main())
