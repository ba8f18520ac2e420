import asyncio

async def job(n):
    await asyncio.sleep(0.01)
    return n

try:
    asyncio.create_task(job(1))
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def main():
    coros = [job(i) for i in range(3)]
    try:
        await asyncio.gather(coros)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(*coros))
    try:
        await asyncio.wait([job(1)])
    except TypeError as e:
        print("TypeError:", e)
    r = await asyncio.wait_for(job(5), timeout=None)
    print(r)
    try:
        await asyncio.sleep(0.01, 1, 2)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(job(7)))
loop.close()
