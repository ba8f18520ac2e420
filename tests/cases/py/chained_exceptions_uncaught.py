import asyncio

async def inner():
    await asyncio.sleep(0.01)
    raise KeyError("missing")

async def middle():
    try:
        await inner()
    except KeyError as e:
        raise ValueError("wrapped") from e

async def main():
    try:
        await middle()
    except ValueError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
    try:
        try:
            raise TypeError("first")
        finally:
            print("finally runs")
    except TypeError as e:
        print("outer caught", e.args)
    await middle()

asyncio.run(main())
