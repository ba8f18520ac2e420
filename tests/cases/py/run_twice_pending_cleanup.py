import asyncio

async def main():
    print("start")
    raise ValueError("oops in main")

try:
    asyncio.run(main())
except ValueError as e:
    print("caught at top:", e)
print("continuing")

async def cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup finally")

async def main2():
    asyncio.create_task(cleanup())
    await asyncio.sleep(0.01)
    print("main2 returning")

asyncio.run(main2())
print("done")
