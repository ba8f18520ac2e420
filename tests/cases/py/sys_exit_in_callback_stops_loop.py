# SystemExit raised by a loop callback is not reported as "Exception in callback": it
# leaves the loop (Handle._run re-raises it) and ends the program.
import asyncio
import sys


def bye(code):
    print("callback exits with", code)
    sys.exit(code)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bye, 4)
    loop.call_soon(print, "never: after the exit")
    await asyncio.sleep(0.01)
    print("still running")


asyncio.run(main())
