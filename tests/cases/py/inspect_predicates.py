import asyncio, inspect, functools, types
async def coro_fn(): return 1
async def agen_fn():
    yield 1
def gen_fn():
    yield 1
def plain(): pass
class K:
    async def m(self): pass
    def n(self): pass
class Aw:
    def __await__(self):
        yield
        return 5
@types.coroutine
def old_style():
    yield
c = coro_fn()
g = gen_fn()
ag = agen_fn()
for name in ["iscoroutinefunction", "isgeneratorfunction", "isasyncgenfunction", "iscoroutine", "isgenerator", "isasyncgen", "isawaitable", "isfunction", "ismethod", "isclass", "isbuiltin", "isroutine", "ismodule"]:
    pred = getattr(inspect, name)
    vals = [coro_fn, agen_fn, gen_fn, plain, K().m, K.m, K().n, functools.partial(coro_fn), lambda: 0, c, g, ag, Aw(), old_style(), K, len, [].append, inspect, 3]
    print(name.ljust(20), "".join("1" if pred(v) else "." for v in vals))
c.close()
