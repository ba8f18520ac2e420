# SystemExit / KeyboardInterrupt raised in the main task ends asyncio.run's loop at once; the
# Runner still cancels what is left (the child's except runs) and the exception reaches the
# code around asyncio.run. The loop's _run_until_complete_cb, still scheduled, must not stop
# the cleanup's own run (base_events.py, issue #22429).
import asyncio
import sys


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled during shutdown")
        raise
    finally:
        print(name, "finally")


async def main(kind):
    asyncio.create_task(child(f"{kind}-child"))
    await asyncio.sleep(0)
    print("main raising", kind)
    if kind == "interrupt":
        raise KeyboardInterrupt
    sys.exit(f"bye from {kind}")


try:
    asyncio.run(main("interrupt"))
except KeyboardInterrupt:
    print("KeyboardInterrupt caught around asyncio.run")

try:
    asyncio.run(main("exit"))
except SystemExit as e:
    print("SystemExit caught:", e.code)

with asyncio.Runner() as runner:
    try:
        runner.run(main("interrupt"))
    except KeyboardInterrupt:
        print("Runner.run raised KeyboardInterrupt")
    print("runner still usable:", runner.run(asyncio.sleep(0, "yes")))
print("done")
