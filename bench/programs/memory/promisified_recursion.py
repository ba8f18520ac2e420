# Under promisio every `async def` call is a task of its own (promisify), so this recursion, too,
# never reaches CPython's recursion limit: its memory grows until something stops it.
async def f(n):
    return await f(n + 1)


await f(0)
