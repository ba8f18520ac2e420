# types: @types.coroutine generator-based coroutines (awaited as yield from, yield from a coroutine allowed in them only), SimpleNamespace, the type objects.
import asyncio
import types

@types.coroutine
def legacy(n):
    print("legacy start", n)
    yield
    got = yield from asyncio.sleep(0.01, result=n * 2)
    return got

@types.coroutine
def waits_future(fut):
    return (yield from fut)

async def main():
    print(await legacy(3))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "from future")
    print(await waits_future(fut))
    print(await asyncio.gather(legacy(1), legacy(2)) if False else "skip gather")
    def plain():
        return legacy(5)
    wrapped = types.coroutine(plain)
    print(await wrapped())
    def gen():
        yield
    try:
        await gen()
    except TypeError as e:
        print("TypeError", e)
    ns = types.SimpleNamespace(a=1, b="x")
    ns.c = [1]
    print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
    print(types.SimpleNamespace({"q": 2}, r=3), repr(types.SimpleNamespace()))
    try:
        hash(ns)
    except TypeError as e:
        print("TypeError", e)
    class Config(types.SimpleNamespace):
        pass
    print(Config(debug=True))
    print(isinstance(main, types.FunctionType), isinstance(print, types.BuiltinFunctionType), isinstance(gen(), types.GeneratorType))
    print(isinstance(types, types.ModuleType), type(None) is types.NoneType, isinstance(lambda: 0, types.LambdaType))
    class K:
        def m(self): pass
    print(isinstance(K().m, types.MethodType), types.EllipsisType, types.NotImplementedType)

asyncio.run(main())
