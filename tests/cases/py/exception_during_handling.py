import asyncio
async def main():
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("during handling")
asyncio.run(main())
