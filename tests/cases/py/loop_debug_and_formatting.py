import asyncio, sys
print(sys.version_info >= (3, 11), sys.platform != "", type(sys.argv))
async def main():
    print(asyncio.get_running_loop().get_debug())
    await asyncio.sleep(0)
asyncio.run(main(), debug=False)
print(f"{'name':<10}|{'value':^7}|{3.14159:>8.2f}")
print("%-5s|%05d|%.3e" % ("ab", 42, 12345.678))
print(repr("it's"), repr('say "hi"'), ascii("é"), "tab\there".expandtabs(4))
