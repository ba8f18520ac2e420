import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    result = compute(5)
    print("forgot await:", type(result).__name__)
    try:
        print(result + 1)
    except TypeError as e:
        print("TypeError:", e)
    value = await result
    print(value)

asyncio.run(main())
