# NameError.name and AttributeError.name / .obj say what was missing and where (3.10+),
# as a handler that recovers from a typo reads them; None on an exception made by hand.
import asyncio


async def fetch():
    return {"id": 1}


async def main():
    try:
        print(undefined_name)
    except NameError as e:
        print("NameError.name:", e.name)
    data = await fetch()
    try:
        data.id
    except AttributeError as e:
        print("AttributeError:", e.name, e.obj)
    try:
        asyncio.sleeep
    except AttributeError as e:
        print("module:", e.name, e.obj.__name__)
    print(NameError("by hand").name, AttributeError().obj)
    e = AttributeError("set")
    e.name = "later"
    print(e.name)


asyncio.run(main())
