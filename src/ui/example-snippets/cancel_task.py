import asyncio


async def download(name):
    print(f"{name} start")
    try:
        await asyncio.sleep(0.3)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled, cleaning up")
        raise


task = asyncio.ensure_future(download("report"))
await asyncio.sleep(0.1)
print("cancelling")
task.cancel()
try:
    await task
except asyncio.CancelledError:
    print("main saw CancelledError")
print(f"cancelled: {task.cancelled()}")
