import asyncio
from typing import Any, Awaitable, Callable, Dict, List, Optional, TypeVar, Generic, Protocol

T = TypeVar("T")

class Fetcher(Protocol):
    async def fetch(self, url: str) -> str: ...

class Cache(Generic[T]):
    def __init__(self) -> None:
        self.data: Dict[str, T] = {}

    async def get_or_load(self, key: str, loader: Callable[[str], Awaitable[T]]) -> T:
        if key not in self.data:
            self.data[key] = await loader(key)
        return self.data[key]

async def load(key: str) -> int:
    await asyncio.sleep(0.01)
    return len(key)

async def first(items: List[Any], default: Optional[int] = None) -> Optional[int]:
    return items[0] if items else default

async def main() -> None:
    c: Cache[int] = Cache()
    print(await c.get_or_load("hello", load), await c.get_or_load("hello", load), c.data)
    print(await first([]), await first([], 7), await first([3]))
    print(Optional[int], List[str], Dict[str, List[int]], T)

asyncio.run(main())
