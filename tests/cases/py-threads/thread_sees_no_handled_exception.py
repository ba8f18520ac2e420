# A worker thread has its own exc_info: a function run in the executor from an except clause
# sees no exception being handled, while the clause that submitted it still does.
import asyncio, sys
def t():
    print("thread sees", sys.exception())
    return 1
async def main():
    loop = asyncio.get_running_loop()
    try:
        raise KeyError("k")
    except KeyError:
        f = loop.run_in_executor(None, t)
        print("handler sees", repr(sys.exception()))
    print(await f)
asyncio.run(main())
