# match inside coroutines: a subject and a guard that await, a message dispatcher fed by
# a queue, and break out of the consuming loop from a case body.
import asyncio


async def fetch(kind):
    await asyncio.sleep(0.01)
    return {"kind": kind, "payload": [1, 2, 3] if kind == "list" else kind}


async def is_allowed(user):
    await asyncio.sleep(0.02)
    return user != "mallory"


async def handle(message):
    match message:
        case {"op": "echo", "text": str(text)}:
            return text
        case {"op": "sum", "values": [*values]}:
            await asyncio.sleep(0.01)
            return sum(values)
        case {"op": "login", "user": user} if await is_allowed(user):
            return f"welcome {user}"
        case {"op": "login", "user": user}:
            return f"denied {user}"
        case {"op": op}:
            return f"unknown op {op}"


async def consumer(queue):
    while True:
        message = await queue.get()
        match message:
            case None:
                print("consumer: stop")
                break
            case _:
                print("consumer:", await handle(message))


async def main():
    match await fetch("list"):
        case {"kind": "list", "payload": [first, *_]}:
            print("first item", first)
    queue = asyncio.Queue()
    task = asyncio.create_task(consumer(queue))
    for m in [{"op": "echo", "text": "hi"}, {"op": "sum", "values": [1, 2, 3]}, {"op": "login", "user": "alice"},
              {"op": "login", "user": "mallory"}, {"op": "fly"}, None]:
        await queue.put(m)
        await asyncio.sleep(0.005)
    await task


asyncio.run(main())
