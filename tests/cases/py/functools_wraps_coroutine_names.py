# functools.wraps copies __name__/__qualname__/__doc__/__dict__ and sets __wrapped__;
# coroutine objects' __name__/__qualname__; async callables, static and class methods.
import asyncio
import functools

def log_calls(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"<- {fn.__name__}")
    return wrapper

@log_calls
async def add(a, b):
    await asyncio.sleep(0)
    return a + b

class Service:
    def __init__(self):
        self.calls = 0
    async def __call__(self, x):
        self.calls += 1
        return x * 2
    @staticmethod
    async def static(x):
        return -x
    @classmethod
    async def build(cls):
        return cls()

async def main():
    print(await add(1, 2), add.__name__, add.__wrapped__.__name__)
    s = await Service.build()
    print(await s(4), await s.static(3), s.calls)
    print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(Service.static))
    p = functools.partial(add, 10)
    print(await p(5))

asyncio.run(main())

def plain(x):
    "doc of plain"
    return x


plain.extra = 1


@functools.wraps(plain)
def wrapped_plain(*a):
    return plain(*a)


print(wrapped_plain.__name__, wrapped_plain.__doc__, wrapped_plain.extra, wrapped_plain.__wrapped__ is plain, sorted(wrapped_plain.__dict__))
c = Service.static(1)
print(c.__name__, c.__qualname__, c.cr_running, c.cr_suspended)
c.close()
