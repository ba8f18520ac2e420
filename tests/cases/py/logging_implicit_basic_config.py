# logging's module-level functions (logging.info, logging.warning, ...) call basicConfig()
# first when the root logger has no handler, even for a record below the level
# (Lib/logging/__init__.py). So a later basicConfig(stream=sys.stdout, ...) does nothing
# and the lesson's records never reach stdout; force=True replaces the handler.
import asyncio
import logging
import sys


async def worker(name):
    logging.info("worker %s starts", name)
    await asyncio.sleep(0.01)
    logging.warning("worker %s done", name)
    return name


async def main():
    # Default task names count every task the process made: name them for a stable output.
    asyncio.current_task().set_name("main")
    logging.debug("before any configuration")
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
    print(await asyncio.gather(worker("a"), worker("b")))
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(taskName)s %(message)s", force=True)
    c = asyncio.create_task(worker("c"), name="task-c")
    d = asyncio.create_task(worker("d"), name="task-d")
    print(await asyncio.gather(c, d))
    logging.log(logging.ERROR, "through logging.log %d", 3)


asyncio.run(main())
