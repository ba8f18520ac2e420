import asyncio

async def greet(name, greeting="hello", *, punct="!"):
    await asyncio.sleep(0)
    return f"{greeting}, {name}{punct}"

async def main():
    print(await greet("a"))
    print(await greet("b", "hi", punct="?"))
    for bad in [lambda: greet(), lambda: greet("a", "b", "c"), lambda: greet("a", nope=1), lambda: greet("a", "b", greeting="c")]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    def sync(a, b):
        return a + b
    try:
        sync(1)
    except TypeError as e:
        print("TypeError:", e)
    class K:
        def method(self, x):
            return x
    try:
        K().method()
    except TypeError as e:
        print("TypeError:", e)
    try:
        K().method(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        K.method(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
