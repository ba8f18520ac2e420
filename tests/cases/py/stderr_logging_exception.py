# logging.exception() and exc_info=: the record's line, then the exception (its traceback's
# frames name CPython's own files and are left out of the comparison; the engine keeps
# none), chained causes and contexts included. A worker task's failure logged this way is
# how asyncio demos report errors.
import asyncio
import logging

log = logging.getLogger("jobs")


async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"job {n} failed")
    return n


async def main():
    for n in range(1, 4):
        try:
            print("result", await job(n))
        except ValueError:
            log.exception("job %d", n)
    try:
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("lookup failed") from e
    except RuntimeError:
        logging.exception("chained")
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("while handling")
    except TypeError as e:
        err = e
    log.error("with an instance", exc_info=err)
    log.error("outside an except clause", exc_info=True)
    log.warning("not asked", exc_info=False)
    print("done")


asyncio.run(main())
