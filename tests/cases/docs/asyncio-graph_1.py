# Example from CPython Doc/library/asyncio-graph.rst, section "print_call_graph"
import asyncio

async def test():
   asyncio.print_call_graph()

async def main():
   async with asyncio.TaskGroup() as g:
      g.create_task(test())

asyncio.run(main())
