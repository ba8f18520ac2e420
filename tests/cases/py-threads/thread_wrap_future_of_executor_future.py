# asyncio.wrap_future: an executor Future (ThreadPoolExecutor.submit) as an asyncio Future that
# completes when the worker ends, while the loop keeps running; an asyncio Future passes through.
import asyncio, time
from concurrent.futures import ThreadPoolExecutor

def work(x):
    time.sleep(0.1)
    print("worked", x)
    return x * 2

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.07)

async def main():
    with ThreadPoolExecutor(2) as ex:
        cf = ex.submit(work, 21)
        af = asyncio.wrap_future(cf)
        print(isinstance(af, asyncio.Future), asyncio.wrap_future(af) is af)
        print(await asyncio.gather(af, ticker()))
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)

asyncio.run(main())
