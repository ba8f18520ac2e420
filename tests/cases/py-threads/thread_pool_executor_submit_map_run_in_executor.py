# concurrent.futures.ThreadPoolExecutor with asyncio: a pool of max_workers threads given to
# loop.run_in_executor (a function waits for a free worker), submit() and the executor's
# Future (result() blocks the loop thread), as_completed, wait, map, add_done_callback,
# shutdown at the end of the `with` block. Durations differ by 30 ms or more, and a worker
# prints only when done: real threads finishing together, or a thread starting while the loop
# thread goes on, would print in either order.
import asyncio
import concurrent.futures
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, as_completed, wait


def work(name, seconds):
    time.sleep(seconds)
    print(f"{name} done")
    return name.upper()


def fails(seconds):
    time.sleep(seconds)
    raise ValueError("worker failed")


async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work, "default", 0.05))

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, work, f"p{i}", s) for i, s in enumerate([0.33, 0.06, 0.17, 0.14])]
        print("pool results", await asyncio.gather(*jobs, ticker()))

    with ThreadPoolExecutor(max_workers=3) as ex:
        futs = [ex.submit(work, f"s{i}", s) for i, s in enumerate([0.2, 0.05, 0.12])]
        print("submitted, done:", [f.done() for f in futs])
        for f in as_completed(futs):
            print("as_completed", f.result())
        print("map", list(ex.map(work, ["m0", "m1"], [0.07, 0.02])))

        slow = ex.submit(work, "slow", 0.3)
        quick = ex.submit(work, "quick", 0.05)
        done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
        print("wait:", len(done), "done,", len(not_done), "not done")
        slow.add_done_callback(lambda f: print("callback sees", f.result()))
        try:
            slow.result(timeout=0.05)
        except TimeoutError:
            print("result() timed out")
        print("slow:", slow.result())

        bad = ex.submit(fails, 0.04)
        print("exception():", repr(bad.exception()))
        try:
            bad.result()
        except ValueError as e:
            print("result() raised", repr(e))
        late = ex.submit(work, "late", 0.1)
        print("leaving the with block")
    print("after the with block", late.done())

    try:
        ex.submit(print, "never")
    except RuntimeError as e:
        print("RuntimeError:", e)
    for bad_size in (0, -1):
        try:
            ThreadPoolExecutor(bad_size)
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
