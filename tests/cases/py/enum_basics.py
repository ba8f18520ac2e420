import asyncio
from enum import Enum

class State(Enum):
    IDLE = 1
    RUNNING = 2
    DONE = 3

async def main():
    s = State.RUNNING
    print(s, s.name, s.value, State(3), list(State), s == State.RUNNING, repr(s))

asyncio.run(main())
