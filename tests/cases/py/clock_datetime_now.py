# datetime on the virtual clock: now() advances with the loop, formatting as CPython's.
import asyncio
import datetime
from datetime import timedelta


async def job(name, delay):
    start = datetime.datetime.now()
    await asyncio.sleep(delay)
    took = datetime.datetime.now() - start
    print(f"{name} took {took.total_seconds():.2f}s, ended {datetime.datetime.now():%H:%M:%S}")


async def main():
    t0 = datetime.datetime.now()
    print("start:", t0.strftime("%Y-%m-%d %H:%M:%S"), t0.year, t0.month, t0.day)
    print("today:", datetime.date.today(), repr(datetime.date.today()))
    await asyncio.gather(job("a", 1.5), job("b", 0.5))
    t1 = datetime.datetime.now()
    print("elapsed:", str(t1 - t0)[:7], (t1 - t0) > timedelta(seconds=1))
    print("iso:", t1.isoformat(timespec="seconds"), t1.isoformat(" ", "minutes"))
    d = datetime.datetime(2024, 3, 9, 14, 5)
    print(repr(d), str(d), d.strftime("%A %d %B %Y %I:%M %p"))
    print(repr(d + timedelta(days=1, hours=12, minutes=30)), d - timedelta(weeks=1))
    print(repr(timedelta(hours=36, milliseconds=1500)), str(timedelta(days=-1, seconds=5)), timedelta(minutes=90) / timedelta(hours=1))
    print(timedelta(seconds=90) * 2, repr(timedelta()), d.weekday(), d.date(), d < datetime.datetime.now())
    print(datetime.datetime.fromtimestamp(0), datetime.datetime.fromtimestamp(1.25).isoformat())


asyncio.run(main())
