# exit()/quit() (site's Quitter: SystemExit with .code), __debug__, OSError's subclasses and old names.
import asyncio
print(__debug__, EnvironmentError is OSError, IOError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TabError, SyntaxError), ConnectionResetError.__mro__)
try:
    raise ConnectionResetError("peer")
except OSError as e:
    print(type(e).__name__, e)
try:
    exit(3)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("code", e.code, e.args)
async def main():
    print("in main")
    exit("bye")
asyncio.run(main())
print("not reached")
