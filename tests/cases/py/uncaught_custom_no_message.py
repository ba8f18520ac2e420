import asyncio
class AppError(Exception):
    pass
async def main():
    await asyncio.sleep(0)
    raise AppError()
asyncio.run(main())
