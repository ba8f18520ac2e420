# asyncio.Runner: several run() calls on one loop, get_loop, close, reuse errors.
import asyncio


async def step(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} after {delay}")
    return name


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("background cancelled at close()")
        raise


async def starter():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return "started"


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step("first", 0.1)))
    print(runner.run(step("second", 0.05)))
    print(runner.run(starter()))
    print("same loop:", runner.get_loop() is loop, round(loop.time(), 2))
print("closed loop:", loop.is_closed())
try:
    runner.run(step("third", 0))
except RuntimeError as e:
    print("RuntimeError:", e)

r = asyncio.Runner()
print(r.run(step("lazy", 0.01)))
r.close()
r.close()


async def nested():
    try:
        asyncio.Runner().run(step("inner", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(nested())
