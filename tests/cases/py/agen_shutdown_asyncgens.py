import asyncio

async def ticker(name):
    try:
        i = 0
        while True:
            await asyncio.sleep(0.1)
            yield f"{name}{i}"
            i += 1
    finally:
        print("closing", name)
        await asyncio.sleep(0)
        print("closed", name)

gens = []

async def side():
    for i in range(4):
        print("side", i)
        await asyncio.sleep(0)

async def main():
    ag = ticker("a")
    gens.append(ag)
    print(await anext(ag))
    print(await anext(ag))
    asyncio.create_task(side())
    print("main done")

asyncio.run(main())
print("end")
