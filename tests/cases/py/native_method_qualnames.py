import asyncio
print([].append.__qualname__, list.append.__qualname__, asyncio.Task.cancel.__qualname__, asyncio.sleep.__qualname__, asyncio.Future.result.__qualname__)
