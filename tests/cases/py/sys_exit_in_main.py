import asyncio
import sys
async def main():
    print("exiting")
    sys.exit(3)
asyncio.run(main())
print("not reached")
