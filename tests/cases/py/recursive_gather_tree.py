import asyncio

class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)

    async def total(self):
        await asyncio.sleep(0)
        subs = await asyncio.gather(*(c.total() for c in self.children))
        return self.val + sum(subs)

    def __repr__(self):
        return f"Node({self.val}, {self.children})" if self.children else f"Node({self.val})"

async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b

async def main():
    tree = Node(1, [Node(2, [Node(4)]), Node(3)])
    print(tree)
    print(await tree.total())
    print([await fib(i) for i in range(10)])

asyncio.run(main())
