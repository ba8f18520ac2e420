# Printing timestamps, as the asyncio documentation's first example does.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    print(f"started at {time.strftime('%X')}")
    await say_after(1, "hello")
    await say_after(2, "world")
    print(f"finished at {time.strftime('%X')}")
    t = time.time()
    print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(t)))
    print(time.strftime("%a %d %b %Y, %I:%M %p (day %j)", time.localtime()))
    lt = time.localtime(t + 3600 * 30)
    print(lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_wday, lt.tm_yday, lt[0], len(lt))
    print(time.gmtime(0))
    print(time.ctime(86400 * 45.5))
    print(int(time.time()) - int(t))


asyncio.run(main())
