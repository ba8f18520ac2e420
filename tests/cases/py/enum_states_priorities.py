import asyncio
from enum import Enum, IntEnum, StrEnum, auto, unique

class State(Enum):
    IDLE = 1
    RUNNING = 2
    DONE = 3

    def is_active(self):
        return self is State.RUNNING

class Priority(IntEnum):
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()

class Color(StrEnum):
    RED = auto()
    GREEN = "g"

class Job:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority
        self.state = State.IDLE

    async def run(self):
        self.state = State.RUNNING
        print(f"{self.name}: {self.state} active={self.state.is_active()}")
        await asyncio.sleep(0.01 * (4 - self.priority))
        self.state = State.DONE
        return self.name, self.state.name

async def main():
    s = State.RUNNING
    print(s, s.name, s.value, State(3), list(State), s == State.RUNNING, repr(s), State["IDLE"], len(State))
    print(State, type(s), isinstance(s, State), s in State, 2 in State, State.IDLE is State(1))
    jobs = [Job("a", Priority.LOW), Job("b", Priority.HIGH), Job("c", Priority.MEDIUM)]
    print(await asyncio.gather(*(j.run() for j in sorted(jobs, key=lambda j: j.priority, reverse=True))))
    print(Priority.HIGH > Priority.LOW, Priority.HIGH == 3, Priority.LOW + 1, [p.value for p in Priority], f"{Priority.MEDIUM}", str(Priority.HIGH))
    print(Color.RED, Color.RED.value, Color.GREEN == "g", f"<{Color.GREEN}>", list(Color))
    print({State.IDLE: "idle", State.DONE: "done"}[State.DONE], {j.name: j.state for j in jobs})
    for bad in [lambda: State(9), lambda: State["NOPE"]]:
        try:
            bad()
        except (ValueError, KeyError) as e:
            print(type(e).__name__, e)
    try:
        @unique
        class Dup(Enum):
            A = 1
            B = 1
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
