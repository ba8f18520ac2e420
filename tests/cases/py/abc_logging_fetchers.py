# (force=True: the oracle reuses one interpreter, whose root logger may already be configured.)
import asyncio
import logging
import sys
from abc import ABC, abstractmethod

logging.basicConfig(level=logging.INFO, format="%(levelname)s [%(taskName)s] %(name)s: %(message)s", stream=sys.stdout, force=True)
log = logging.getLogger("fetcher")

class Source(ABC):
    @abstractmethod
    async def fetch(self, key): ...

    @abstractmethod
    def describe(self): ...

    async def fetch_all(self, keys):
        return await asyncio.gather(*(asyncio.create_task(self.fetch(k), name=f"fetch-{k}") for k in keys))

class Partial(Source):
    def describe(self):
        return "partial"

class Memory(Partial):
    def __init__(self, data):
        self.data = data

    async def fetch(self, key):
        log.info("fetching %s", key)
        await asyncio.sleep(0.01)
        if key not in self.data:
            log.warning("missing key %r", key)
            return None
        log.debug("never shown")
        return self.data[key]

async def main():
    asyncio.current_task().set_name("main")
    for cls in (Source, Partial):
        try:
            cls()
        except TypeError as e:
            print("TypeError:", e)
    src = Memory({"a": 1, "b": 2})
    print(await src.fetch_all(["a", "b", "z"]), src.describe())
    t = asyncio.create_task(src.fetch("a"), name="single")
    print(await t)
    logging.error("root error %d", 42)
    print(Memory.__abstractmethods__, Partial.__abstractmethods__ == frozenset({"fetch"}))

asyncio.run(main())
