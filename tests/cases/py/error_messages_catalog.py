import asyncio

async def f():
    return 1

async def main():
    d = {"a": 1}
    try:
        d["b"]
    except KeyError as e:
        print("KeyError", e, repr(e))
    try:
        [1, 2][5]
    except IndexError as e:
        print("IndexError:", e)
    try:
        "x" + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        1 + "x"
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        undefined_name
    except NameError as e:
        print("NameError:", e)
    try:
        None.x
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        int("abc")
    except ValueError as e:
        print("ValueError:", e)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        len(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        x = f()
        x.upper()
    except AttributeError as e:
        print("AttributeError:", e)
        await x

asyncio.run(main())
