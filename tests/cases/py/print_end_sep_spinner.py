import asyncio
import sys

async def spinner(n):
    for i in range(n):
        print(".", end="", flush=True)
        await asyncio.sleep(0.01)
    print()

async def main():
    print("loading", end=" ")
    await spinner(3)
    print("a", "b", sep="")
    print("x", "y", sep=", ", end="!\n")
    sys.stdout.write("raw write\n")
    sys.stdout.write("partial ")
    print("then print")
    print()
    print("", end="")
    print("after empty end")
    print(*[1, 2, 3], sep=" -> ")
    print("multi\nline", "value")
    print(f"{'done':=^20}")

asyncio.run(main())
