# Keyword arguments that change nothing a program prints or when: print(..., flush=True),
# which asyncio demos write so that each line shows at once, create_task(..., name=...) and
# asyncio.run(..., debug=False). Under js the shim's functions take no keywords; these are
# dropped, so the snippet runs as the twin without them (interp/calls.ts keywordsToJs).
import asyncio


async def worker(name, delay):
    print(f"{name} starts", flush=True)
    await asyncio.sleep(delay)
    print(f"{name} done", flush=False)


async def main():
    a = asyncio.create_task(worker("a", 0.02), name="worker-a")
    b = asyncio.create_task(worker("b", 0.01), name="worker-b")
    await asyncio.gather(a, b)
    print("all done", flush=True)


asyncio.run(main(), debug=False)
