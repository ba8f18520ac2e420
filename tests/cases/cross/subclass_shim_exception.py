# class RetryError(Exception) under js names shims/asyncio.js's Exception, a JS class: the twin's
# class RetryError extends Exception runs, and its except clauses catch it.
import asyncio

class RetryError(Exception):
    pass

async def attempt(n):
    await asyncio.sleep(0.01)
    if n < 2:
        raise RetryError(f"attempt {n} failed")
    return "success"

async def main():
    for n in range(3):
        try:
            print(await attempt(n))
        except RetryError as e:
            print("retry:", str(e))

asyncio.run(main())
