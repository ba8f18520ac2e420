import asyncio
async def main():
    g = asyncio.get_running_loop().create_future()
    g.set_result({"k" + str(i): "v" * 40 for i in range(5)})
    print(g)
    h = asyncio.get_running_loop().create_future()
    h.set_result([[[[[[[1]]]]]]], )
    print(h)
    k = asyncio.get_running_loop().create_future()
    k.set_result((1,))
    print(k)
    for v in [{3, 1, 2}, frozenset(), set(), {"b": 1, 2: "a"}, 10**50, 1.5, "a'b\"c" * 10, (1, 2, 3, 4, 5, 6, 7)]:
        k = asyncio.get_running_loop().create_future()
        k.set_result(v)
        print(k)
asyncio.run(main())
