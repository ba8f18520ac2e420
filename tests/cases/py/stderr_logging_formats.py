# The logging formats asyncio demos use: %(asctime)s (the clock: the oracle's and the
# engine's both start at 2024-01-01T00:00:00Z), milliseconds, padded level names, the
# line number, datefmt, and the task's name, each record reading the clock once.
import asyncio
import logging

logging.basicConfig(
    level=logging.DEBUG,
    format="%(asctime)s.%(msecs)03d %(levelname)-8s [%(name)s:%(lineno)d] %(taskName)s %(message)s",
    datefmt="%H:%M:%S",
)
log = logging.getLogger("demo")


async def step(n):
    log.debug("step %d begins", n)
    await asyncio.sleep(0.25 * n)
    log.info("step %d done after %.2f s", n, 0.25 * n)
    return n


async def main():
    asyncio.current_task().set_name("main")
    log.warning("created=%.3f", 0)
    results = await asyncio.gather(*(asyncio.create_task(step(n), name=f"step-{n}") for n in (1, 2, 3)))
    log.error("results %s", results)
    logging.basicConfig(format="%(asctime)s %(message)s", force=True)
    logging.warning("default date format")
    logging.basicConfig(format="%(levelname)s %(nosuchfield)s", force=True)
    logging.warning("missing field")
    print("done", results)


asyncio.run(main())
