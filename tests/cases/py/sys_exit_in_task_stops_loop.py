# SystemExit raised inside a task stops the event loop (Task.__step re-raises it after
# recording it): asyncio.run cancels what is left, then exits with it.
import asyncio
import sys


async def exits():
    print("exits runs")
    sys.exit(3)


async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other cleaned up")


async def main():
    t = asyncio.create_task(exits())
    asyncio.create_task(other())
    try:
        await asyncio.sleep(0.01)
        print("main continues")
    except asyncio.CancelledError:
        print("main cancelled", t.done())
        raise


asyncio.run(main())
