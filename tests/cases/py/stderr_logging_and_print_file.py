# logging writes to stderr, as print(..., file=sys.stderr) and sys.stderr.write do, among the
# stdout lines where each was written (a task's logging.error is how most asyncio demos
# report a failure).
import asyncio
import logging
import sys

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(taskName)s: %(message)s")
log = logging.getLogger("worker")


async def worker(n):
    log.info("start %d", n)
    await asyncio.sleep(0.01 * n)
    if n == 2:
        log.error("worker %d failed", n)
        raise ValueError(n)
    print(f"worker {n} done")
    return n


async def main():
    asyncio.current_task().set_name("main")
    print("gathering")
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in (1, 2, 3)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)
    print("to stderr", 42, file=sys.stderr)
    sys.stderr.write("partial ")
    sys.stderr.write("line\n")
    log.warning("finished with %d results", len(results))
    logging.getLogger("quiet").debug("not shown")
    print("level", log.level, log.getEffectiveLevel(), logging.getLogger().level)


asyncio.run(main())
