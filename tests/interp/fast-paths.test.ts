/**
 * The interpreter's fast paths keep the semantics of the general ones: cached global
 * reads see every rebinding, and async bodies run by one generator (statement parts,
 * loop bodies run inline, `name op= await x`) complete, return, break and fail exactly
 * as before. Expected outputs are real Node 20 / CPython outputs.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';

function run(source: string, lang: 'py' | 'js') {
  const r = runProgram(source, { lang, model: lang === 'py' ? 'python' : 'js', recordEvents: false });
  return { stdout: r.stdout, error: r.error, pos: r.errorPos };
}

describe('cached global reads', () => {
  it('JS: a call site sees a rebound global function and a var assigned later', () => {
    const r = run(
      `
function f() { return 'first'; }
const out = [];
for (let i = 0; i < 4; i++) {
  out.push(f());
  if (i === 1) f = () => 'second';
}
console.log(out.join(' '));
function g() { return typeof later === 'undefined' ? 'none' : later; }
console.log(g());
var later = 'set';
console.log(g());
`,
      'js',
    );
    expect(r.stdout).toEqual(['first first second second', 'none', 'set']);
  });

  it('Python: rebinding through global, del and a builtin shadowed then restored', () => {
    const r = run(
      `
def f():
    return 1
def rebind():
    global f
    f = lambda: 2
out = []
for i in range(4):
    out.append(f())
    if i == 1:
        rebind()
print(out)
def length(x):
    return len(x)
print(length('abc'))
len = lambda x: 'shadowed'
print(length('abc'))
del len
print(length('abc'))
del f
try:
    f()
except NameError as e:
    print(e)
`,
      'py',
    );
    expect(r.stdout).toEqual(['[1, 1, 2, 2]', '3', 'shadowed', '3', "name 'f' is not defined"]);
  });
});

describe('async bodies in one generator', () => {
  it('JS: return await, expression statements, name op= await, loops with break/continue/return', () => {
    const r = run(
      `
async function v(x) { await null; return x; }
async function f() {
  let s = 0;
  for (let i = 0; i < 5; i++) {
    if (i === 1) continue;
    s += await v(i);
    if (i === 3) break;
  }
  let j = 0;
  while (true) {
    j++;
    await v(j);
    if (j === 3) return s * 100 + j;
  }
}
async function g() { return (await v(2)) + (await v(3)); }
async function h() { await v(1); }
console.log(await f(), await g(), await h());
`,
      'js',
    );
    expect(r.stdout).toEqual(['503 5 undefined']);
  });

  it('JS: an error (without a position of its own) after an await is placed at its innermost statement', () => {
    const r = run(
      `
async function v(x) { await null; return x; }
async function f() {
  let s = 0;
  for (const x of [1, 2]) {
    s += await v(x);
    if (x === 2) JSON.parse('{');
  }
  return s;
}
f();
`,
      'js',
    );
    expect(r.error).toBe("SyntaxError: Expected property name or '}' in JSON at position 1");
    expect(r.pos).toEqual({ line: 7, col: 17 });
  });

  it('Python: for/else, while/else, return inside try around awaits, aug-assign of lists', () => {
    const r = run(
      `
import asyncio
async def v(x):
    await asyncio.sleep(0)
    return x
async def f():
    acc = []
    for i in range(3):
        acc += await v([i])
    else:
        acc += ['else']
    n = 0
    while n < 2:
        n += await v(1)
    else:
        acc.append(n)
    try:
        return acc
    finally:
        acc.append('finally')
async def g():
    for i in range(10):
        if await v(i) == 2:
            return i
    return -1
async def main():
    print(await f())
    print(await g())
asyncio.run(main())
`,
      'py',
    );
    expect(r.stdout).toEqual(["[0, 1, 2, 'else', 2, 'finally']", '2']);
  });

  it('Python: an exception raised by an awaited call propagates through the loop', () => {
    const r = run(
      `
import asyncio
async def v(x):
    await asyncio.sleep(0)
    return 10 / x
async def main():
    total = 0
    for x in [2, 1, 0]:
        total += await v(x)
    print(total)
asyncio.run(main())
`,
      'py',
    );
    expect(r.error).toBe('ZeroDivisionError: division by zero');
    expect(r.stdout).toEqual([]);
  });

  // for-of / for-in / Python `for` loops that await are EachRun objects (each-run.ts).
  it('JS: for-of and for-in that await close their iterator on break, throw, return and an outer continue', () => {
    const r = run(
      `
function* gen(tag) { try { yield 1; yield 2; yield 3; } finally { console.log('closed', tag); } }
async function main() {
  for (const x of gen('break')) { await x; if (x === 2) break; }
  for (const x of gen('continue')) { if (x === 1) continue; console.log('c', await x); }
  try { for (const x of gen('throw')) { await (x === 2 ? Promise.reject('boom') : x); } } catch (e) { console.log('caught', e); }
  const keys = []; for (const k in { a: 1, b: 2 }) keys.push(await k); console.log(keys.join());
  outer: for (const x of [1, 2]) { for (const y of gen('label ' + x)) { if ((await y) === 2) continue outer; } }
  const f = async () => { for (const x of gen('return')) { if ((await x) === 1) return 'r'; } };
  console.log(await f());
  try { for (const x of await 5) {} } catch (e) { console.log(e instanceof TypeError, e.message); }
  async function* g2() { for (const x of gen('yield')) { yield await x; } }
  for await (const v of g2()) { if (v === 2) break; console.log('y', v); }
  let n = 0; for (const v of [1]) { n += await v; } console.log('n', n);
}
main();
`,
      'js',
    );
    expect(r.error).toBe(null);
    expect(r.stdout).toEqual([
      'closed break',
      'c 2',
      'c 3',
      'closed continue',
      'closed throw',
      'caught boom',
      'a,b',
      'closed label 1',
      'closed label 2',
      'closed return',
      'r',
      'true (intermediate value) is not iterable',
      'y 1',
      'closed yield',
      'n 1',
    ]);
  });

  it('Python: for loops that await: break, else, raise, unpacking errors, return, not iterable, cancellation', () => {
    const r = run(
      `
import asyncio
def gen(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('closed', tag)
async def main():
    for x in gen('break'):
        await asyncio.sleep(0)
        if x == 2:
            break
    else:
        print('no')
    for x in range(2):
        await asyncio.sleep(0)
    else:
        print('else', x)
    try:
        for x in gen('raise'):
            await asyncio.sleep(0)
            if x == 2:
                raise ValueError('v')
    except ValueError as e:
        print('caught', e)
    try:
        for (a, b) in [(1, 2), (3,)]:
            print(a, await asyncio.sleep(0, b))
    except ValueError as e:
        print('unpack', e)
    async def f():
        for x in gen('return'):
            if await asyncio.sleep(0, x) == 2:
                return 'r'
    print(await f())
    try:
        for x in await asyncio.sleep(0, 5):
            pass
    except TypeError as e:
        print(e)
    t = asyncio.create_task(f())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')
asyncio.run(main())
`,
      'py',
    );
    expect(r.error).toBe(null);
    expect(r.stdout).toEqual([
      'closed break',
      'else 1',
      'closed raise',
      'caught v',
      '1 2',
      'unpack not enough values to unpack (expected 2, got 1)',
      'closed return',
      'r',
      "'int' object is not iterable",
      'closed return',
      'cancelled',
    ]);
  });
});
