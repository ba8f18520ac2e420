# loop.set_default_executor(pool): run_in_executor(None, ...) and to_thread use the program's
# ThreadPoolExecutor (one worker: the functions run one after the other); anything else is
# base_events.py's TypeError.
import asyncio, time
from concurrent.futures import ThreadPoolExecutor

def work(x, s):
    time.sleep(s)
    print("worked", x)
    return x

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
    results = await asyncio.gather(loop.run_in_executor(None, work, 1, 0.1), loop.run_in_executor(None, work, 2, 0.05), asyncio.to_thread(work, 3, 0.02))
    print(results, round(loop.time(), 2) >= 0.17)

asyncio.run(main())
print("done")
