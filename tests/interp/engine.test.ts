/**
 * The interpreter inside the assembled engine (real runtimes and models): programs whose
 * outputs were checked against real Node 20 / CPython 3.14.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import type { ModelName } from '../../src/engine/names';

function run(source: string, lang: 'py' | 'js', model: ModelName = lang === 'py' ? 'python' : 'js', budget?: number) {
  const r = runProgram(source, { lang, model, recordEvents: false, ...(budget ? { budget } : {}) });
  return { stdout: r.stdout, error: r.error, kind: r.errorKind, pos: r.errorPos };
}

describe('interpreter in the engine', () => {
  it('JS: closures in loops see each iteration, timers run them later', () => {
    const r = run(
      `
for (let i = 0; i < 3; i++) setTimeout(() => console.log('let', i), 0);
for (var j = 0; j < 3; j++) setTimeout(() => console.log('var', j), 0);
`,
      'js',
    );
    expect(r.stdout).toEqual(['let 0', 'let 1', 'let 2', 'var 3', 'var 3', 'var 3']);
  });

  it('JS: class inheritance with super, async methods, and errors through awaits', () => {
    const r = run(
      `
class Account {
  constructor(owner) { this.owner = owner; this.balance = 0; }
  async deposit(n) { await null; this.balance += n; return this.balance; }
  toString() { return \`Account(\${this.owner})\`; }
}
class Savings extends Account {
  async deposit(n) { const b = await super.deposit(n); console.log(\`\${this} has \${b}\`); return b; }
}
const s = new Savings('ann');
await s.deposit(5);
try { await s.withdraw(1) } catch (e) { console.log(e.constructor.name, e.message) }
`,
      'js',
    );
    expect(r.stdout).toEqual(['Account(ann) has 5', 'TypeError s.withdraw is not a function']);
    expect(r.error).toBe(null);
  });

  it('Python: super() in async methods, except chains, f-strings', () => {
    const r = run(
      `
import asyncio
class Base:
    async def load(self, k):
        await asyncio.sleep(0)
        return {'k': k}
class Child(Base):
    async def load(self, k):
        d = await super().load(k)
        d['child'] = True
        return d
async def main():
    print(await Child().load(1))
    try:
        {}['missing']
    except KeyError as e:
        print(f"{type(e).__name__}: {e!r} {e.args=}")
asyncio.run(main())
`,
      'py',
    );
    expect(r.stdout).toEqual(["{'k': 1, 'child': True}", "KeyError: KeyError('missing') e.args=('missing',)"]);
  });

  it('Python: uncaught error carries the CPython message and the raising line', () => {
    const r = run('def f(x):\n    return x\n\nf(1, 2)\n', 'py');
    expect(r.error).toBe('TypeError: f() takes 1 positional argument but 2 were given');
    expect(r.pos).toEqual({ line: 4, col: 0 });
  });

  it('Python: generator expressions are lazy (checked against CPython 3.14)', () => {
    const r = run(
      `
def noisy(x):
    print('eval', x)
    return x > 1
print(any(noisy(x) for x in [1, 2, 3]))
g = (x * 2 for x in range(3))
print(next(g), list(g), list(g))
gs = [(x + i for x in range(2)) for i in range(2)]
print([list(q) for q in gs])
`,
      'py',
    );
    expect(r.stdout).toEqual(['eval 1', 'eval 2', 'True', '0 [2, 4] []', '[[1, 2], [1, 2]]']);
  });

  it('Python: calling a non-callable names its type', () => {
    expect(run('x = None\nx()', 'py').error).toBe("TypeError: 'NoneType' object is not callable");
    expect(run('"s"()', 'py').error).toBe("TypeError: 'str' object is not callable");
  });

  it('an infinite loop in either language ends with the budget error', () => {
    expect(run('while True:\n    pass\n', 'py', 'python', 50_000).kind).toBe('budget');
    expect(run('for (;;) {}', 'js', 'js', 50_000).kind).toBe('budget');
  });

  it('JS generators run', () => {
    const g = run('function* g() { yield 1 }\nconsole.log([...g()])', 'js');
    expect(g.error).toBeNull();
    expect(g.stdout).toEqual(['[ 1 ]']);
  });

  it('JS for await over a sync iterable: element order and microtask ticks as in Node', () => {
    // Outputs recorded from Node v20.20.2.
    const r = run(
      `
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
function clock(n) { const c = { t: 0 }; let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => { c.t++; }); return c; }
for await (const x of [sleep(20, 'a'), sleep(10, 'b'), 'plain', Promise.resolve('c')]) console.log('got', x);
let c = clock(30);
for await (const y of [1, 2]) { console.log('y', y, c.t); }
console.log('after', c.t);
c = clock(30);
for await (const z of [1, 2, 3]) { if (z === 2) break; }
console.log('after break', c.t);
c = clock(30);
try { for await (const w of [1]) { throw new Error('in body'); } } catch (e) { console.log('caught', e.message, c.t); }
c = clock(30);
const r = await (async () => { for await (const w of [1, 2]) { return w; } })();
console.log('returned', r, c.t);
try { for await (const w of [Promise.reject(new Error('rej'))]) console.log('no'); } catch (e) { console.log('caught', e.message); }
`,
      'js',
    );
    expect(r.error).toBe(null);
    expect(r.stdout).toEqual([
      'got a',
      'got b',
      'got plain',
      'got c',
      'y 1 2',
      'y 2 4',
      'after 6',
      'after break 5',
      'caught in body 3',
      'returned 1 4',
      'caught rej',
    ]);
  });

  it('function bodies compile before the run: errors in never-called functions surface at load', () => {
    const r = run('console.log("start")\nfunction never() { return async () => { for (o[await 1] of []); } }', 'js');
    expect(r.kind).toBe('unsupported');
    expect(r.stdout).toEqual([]);
    const n = run('print("start")\ndef f():\n    def g():\n        nonlocal q\n    return g\n', 'py');
    expect(n.error).toMatch(/no binding for nonlocal 'q' found/);
    expect(n.stdout).toEqual([]);
  });

  it('global and nonlocal after a use or a binding of the name are syntax errors, at the declaration (CPython 3.14)', () => {
    // Each message and position as compile() in CPython 3.14 (pyodide) reports it.
    const cases: [string, string][] = [
      ['x = 1\ndef f():\n    print(x)\n    global x\nf()\n', "name 'x' is used prior to global declaration (4:4)"],
      ['def f():\n    x = 2\n    global x\n', "name 'x' is assigned to before global declaration (3:4)"],
      ['def f():\n    global x\n    x = 2\n    global x\n', "name 'x' is assigned to before global declaration (4:4)"],
      [
        'def outer():\n    y = 1\n    def inner():\n        y += 1\n        nonlocal y\n    inner()\n',
        "name 'y' is assigned to before nonlocal declaration (5:8)",
      ],
      ['def f():\n    def x(): pass\n    global x\n', "name 'x' is assigned to before global declaration (3:4)"],
    ];
    for (const [src, message] of cases) {
      const r = run(`print("start")\n${src}`, 'py');
      expect(r.error).toBe(message.replace(/\((\d+):/, (_, l: string) => `(${Number(l) + 1}:`));
      expect(r.stdout).toEqual([]);
    }
    // Reading an attribute of a parameter and binding another name are no use of the declared one.
    expect(run('def f(a):\n    a.b = 1\n    global c\n    c = a\nclass A: pass\nf(A())\nprint(c.b)\n', 'py').stdout).toEqual(['1']);
  });

  it('a JS program under the python model: JS callers pass too few arguments to Python functions', () => {
    const r = run(
      `
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
await wait(10);
console.log('after wait');
`,
      'js',
      'python',
    );
    expect(r.stdout).toEqual(['after wait']);
  });
});
