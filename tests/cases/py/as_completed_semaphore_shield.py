import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def main():
    for fut in asyncio.as_completed([job(3), job(1), job(2)]):
        print("completed", await fut)
    sem = asyncio.Semaphore(2)
    async def limited(i):
        await sem.acquire()
        try:
            print("enter", i)
            await asyncio.sleep(0.01)
        finally:
            sem.release()
    await asyncio.gather(*(limited(i) for i in range(4)))
    print(await asyncio.shield(job(1)))

asyncio.run(main())
