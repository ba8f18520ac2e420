/** Snippets more than one browser test opens. */

/** A task and main taking turns at `sleep(0)`: a short run with several steps to walk through. */
export const TASK_PING_PONG = [
  'import asyncio',
  '',
  'async def a():',
  '    print("a1")',
  '    await asyncio.sleep(0)',
  '    print("a2")',
  '',
  'async def main():',
  '    t = asyncio.create_task(a())',
  '    print("m1")',
  '    await asyncio.sleep(0)',
  '    print("m2")',
  '    await t',
  '',
  'asyncio.run(main())',
  '',
].join('\n');
