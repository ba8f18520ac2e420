# print(..., flush=True), which asyncio demos write so that each line shows at once: under js
# the shim's print is console.log, and flush= changes when a line leaves, never what is
# printed, so it runs as the twin without it (interp/calls.ts keywordsToJs).
import asyncio


async def worker(name, delay):
    print(f"{name} starts", flush=True)
    await asyncio.sleep(delay)
    print(f"{name} done", flush=False)


async def main():
    await asyncio.gather(worker("a", 0.02), worker("b", 0.01))
    print("all done", flush=True)


asyncio.run(main())
