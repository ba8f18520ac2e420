# The classic demo of asyncio's finalizer warnings calls gc.collect() "to be sure": the gc
# module is there, collect() frees nothing the program can see (it prints no count), and
# the warnings are reported as CPython reports them.
import asyncio
import gc


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"fail {n}")


async def main():
    t = asyncio.create_task(fail(1))
    await asyncio.sleep(0.01)
    print("t done", t.done(), gc.isenabled())
    del t
    gc.collect()
    print("collected")
    gc.disable()
    print("enabled?", gc.isenabled())
    gc.enable()
    try:
        gc.collect(5)
    except ValueError as e:
        print("ValueError:", e)
    asyncio.create_task(fail(2))
    await asyncio.sleep(0.01)
    print("main ends")


asyncio.run(main())
gc.collect()
print("end")
