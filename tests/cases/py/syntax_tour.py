import asyncio

async def main():
    data = [3, 8, 1, 9, 4]
    if (n := len(data)) > 3:
        print(f"{n=} {data[1:3]=} {sum(data)/n=:.2f}")
    x = 5
    print("big" if x > 3 else "small", 1 < x < 10, x == 5 == 5.0, not x)
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    first, *middle, last = data
    print(first, middle, last)
    data[1:3] = [0]
    print(data)
    del data[0]
    print(data)
    merged = {**{"a": 1}, **{"b": 2, "a": 3}}
    print(merged, [*range(3), *"ab"])
    for i in range(3):
        if i == 5:
            break
    else:
        print("for-else ran")
    try:
        v = int("7")
    except ValueError:
        print("bad")
    else:
        print("else ran", v)
    finally:
        print("finally")
    try:
        assert x < 0, f"x must be negative, got {x}"
    except AssertionError as e:
        print("AssertionError:", e)
    s = """multi
line"""
    print(s.splitlines(), len(s))
    print(f"{'a' if x else 'b'}", f"{x!r:>4}", f"{{literal}}", f"{[i ** 2 for i in range(3)]}")
    obj = type("Obj", (), {})()
    obj.count = 0
    obj.count += 5
    d = {"k": [1]}
    d["k"] += [2]
    d["k"][0] *= 10
    print(obj.count, d)
    await asyncio.sleep(0)

asyncio.run(main())
