# @dataclass messages through an asyncio.Queue: generated __init__/__repr__/__eq__/__hash__,
# field(), ClassVar, inheritance, frozen, order, asdict/astuple/replace and their errors.
import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, FrozenInstanceError
from typing import ClassVar

@dataclass
class Message:
    sender: str
    body: str
    retries: int = 0
    seen_by: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    kind: ClassVar[str] = "msg"

    def __post_init__(self):
        self.body = self.body.strip()

@dataclass
class Urgent(Message):
    level: int = 5

@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80

async def consumer(q, name):
    while True:
        m = await q.get()
        if m is None:
            break
        m.seen_by.append(name)
        print(name, "handled", m)
        await asyncio.sleep(0.01)

async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q, "c1"))
    for m in [Message("ann", "  hi  "), Urgent("bob", "fire", level=9), Message("cy", "yo", retries=2)]:
        await q.put(m)
    await q.put(None)
    await c
    m = Message("a", "b")
    print(m == Message("a", "b"), m == Urgent("a", "b"), m != Message("a", "c"), Message.kind)
    print(asdict(Urgent("z", "w")), astuple(m), replace(m, body="new"))
    print([f.name for f in fields(Urgent)], is_dataclass(m), is_dataclass(Message), is_dataclass(3))
    cfg = Config("localhost")
    print(cfg, hash(cfg) == hash(Config("localhost", 80)), {cfg: 1}[Config("localhost")])
    for bad in [lambda: Message(), lambda: Message("a"), lambda: Message("a", "b", 1, [], "s", 7), lambda: Message("a", "b", nope=1),
                lambda: Message("a", "b", sender="x"), lambda: setattr(cfg, "port", 1), lambda: hash(m), lambda: Config(1) < Config(2)]:
        try:
            bad()
        except (TypeError, FrozenInstanceError) as e:
            print(type(e).__name__ + ":", e)
    def local():
        @dataclass(order=True)
        class Point:
            x: int
            y: int = 0
        return sorted([Point(2, 1), Point(1, 5), Point(1, 2)])
    print(local())
    try:
        @dataclass
        class Bad:
            items: list = []
    except ValueError as e:
        print("ValueError:", e)
    try:
        @dataclass
        class Bad2:
            a: int = 1
            b: str
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
