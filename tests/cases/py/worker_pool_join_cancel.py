import asyncio

async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item % 4 == 3:
                raise ValueError(f"bad item {item}")
            await asyncio.sleep(0.01 * (item % 3))
            results.append((name, item))
        except ValueError as e:
            print(f"{name} error: {e}")
        finally:
            q.task_done()

async def main():
    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results), name=f"w{i}") for i in range(3)]
    for i in range(10):
        q.put_nowait(i)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(results)
    print(all(w.cancelled() for w in workers))

asyncio.run(main())
