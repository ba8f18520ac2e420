import asyncio

async def job():
    await asyncio.sleep(0.01)
    return 1

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for getter in (fut.result, fut.exception):
        try:
            getter()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    t = asyncio.create_task(job())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(await t)

asyncio.run(main())
