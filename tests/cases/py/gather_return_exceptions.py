import asyncio


async def job(name, delay, fail=False):
    print("start", name)
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} broke")
    print("end", name)
    return name.upper()


async def main():
    res = await asyncio.gather(job("a", 0.03), job("b", 0.01, True), job("c", 0.02), return_exceptions=True)
    print([r if isinstance(r, str) else f"error: {r}" for r in res])


asyncio.run(main())
