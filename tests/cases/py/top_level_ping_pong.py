import asyncio

log = []


async def player(name, turns):
    for i in range(turns):
        log.append(f"{name}{i}")
        print(name, i)
        await asyncio.sleep(0)
    return name


t1 = asyncio.create_task(player("ping", 3))
t2 = asyncio.create_task(player("pong", 2))
print("tasks made")
done = await asyncio.gather(t1, t2)
print(done, " ".join(log))
