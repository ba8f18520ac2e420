import asyncio

async def tick():
    await asyncio.sleep(0.001)

async def flow():
    log = []
    for i in range(3):
        for j in range(3):
            try:
                await tick()
                if j == 1:
                    break
                if i == 2:
                    continue
                log.append(f"{i}{j}")
            finally:
                log.append(f"f{i}{j}")
                await asyncio.sleep(0)
        else:
            log.append("no-break")
    n = 0
    while True:
        n += 1
        try:
            if n == 3:
                return log + [f"returned at {n}"]
            await tick()
        finally:
            log.append(f"w{n}")

async def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally return wins"

async def reraise():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            await tick()
            raise
    except KeyError as e:
        return f"reraised {e!r}"

async def main():
    print(await flow())
    print(await finally_swallows())
    print(await reraise())

asyncio.run(main())
