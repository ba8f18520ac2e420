import asyncio

async def hello(n):
    await asyncio.sleep(0.01)
    return f"hello {n}"

try:
    loop = asyncio.get_event_loop()
    print("got loop", loop.is_running())
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(hello(1)))
print(loop.run_until_complete(asyncio.gather(hello(2), hello(3))))
t = loop.create_task(hello(4))
print(loop.run_until_complete(t), t.done())
loop.close()
try:
    loop.run_until_complete(hello(5))
except RuntimeError as e:
    print("RuntimeError:", e)
print(loop.is_closed())
