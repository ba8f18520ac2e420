import asyncio


class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"app failed with {code}")
        self.code = code


async def level3():
    await asyncio.sleep(0)
    raise AppError(7)


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except AppError as e:
        print(f"caught {e} code={e.code}")
        raise ValueError("wrapped") from e


async def main():
    try:
        await level1()
    except ValueError as e:
        print(f"main caught {e!r}, cause {type(e.__cause__).__name__}")
    try:
        {}["missing"]
    except KeyError as e:
        print("KeyError", e)
    try:
        [1][5]
    except IndexError as e:
        print("IndexError", e)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


asyncio.run(main())
