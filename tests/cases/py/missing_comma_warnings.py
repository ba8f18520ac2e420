import asyncio

async def run(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    try:
        jobs = [
            ("a", 0.01)
            ("b", 0.02)
        ]
    except TypeError as e:
        print("TypeError:", e)
    try:
        grid = [
            [1, 2]
            [0, 1]
        ]
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(5[0])
    except TypeError as e:
        print("TypeError:", e)
    try:
        assert (1 == 2, "never fails")
        print("assert passed?!")
    except AssertionError:
        print("unreachable")
    print("abc"["x" if False else 0], [1, 2][1:], (1, 2)[True])
    print(await run("ok", 0.01))

asyncio.run(main())
try:
    print("abc"["x"])
except TypeError as e:
    print(e)
print({"a": 1}["a"], [[1]][0][0], f"{1}"[0])
try:
    print((1, 2)[1.0])
except TypeError as e:
    print(e)
try:
    {1, 2}[0]
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
