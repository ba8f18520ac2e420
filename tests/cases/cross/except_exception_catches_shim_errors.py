# A Python snippet under js names shims/asyncio.js's Exception: its twin's catch (e) catches the
# ValueError and KeyError the shim's classes raise, as CPython's except Exception does.
import asyncio

async def risky(n):
    await asyncio.sleep(0.01)
    if n == 1:
        raise ValueError("one is bad")
    if n == 2:
        raise KeyError("two")
    return n

async def main():
    for n in range(3):
        try:
            print("got", await risky(n))
        except Exception as e:
            print("failed", n)
    print("done")

asyncio.run(main())
