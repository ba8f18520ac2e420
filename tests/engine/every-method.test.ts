/**
 * Every method of every class of the supported standard-library modules, called through its
 * class and on instances built with a few argument lists, with no, one and two arguments: each
 * call returns or raises a Python exception the program catches, never an internal error of a
 * native reading a receiver or an operand that is not there (issue 10; the natives it found
 * are in ARCHITECTURE "Values"). What each call answers is checked against CPython by the own
 * cases (tests/cases/py/stdlib_methods_without_instance.py); here, only that every call ends.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { MODEL_NAMES } from '../../src/engine/names';

const MODULES =
  'asyncio, collections, datetime, functools, types, json, itertools, enum, contextlib, contextvars, random, logging, time, dataclasses, typing, string, operator, copy, inspect, heapq, math';

const PROBE = `
import ${MODULES}
ARGS = ((), (1,), ("x", 2), (None,), ([1, 2],))
SKIP_INIT = ('__new__', '__init_subclass__', '__class_getitem__', '__subclasshook__')
# Methods that would start the loop, block or do I/O: not what this probe is about.
SKIP = ('run', 'wait', 'sleep', 'forever', 'serve', 'join', 'shutdown', 'getaddr', 'connect',
        'subprocess', 'sock', 'pipe', 'signal', 'close', 'stop', 'fileno', 'read', 'write')
classes = []
for m in (${MODULES}):
    for name in dir(m):
        cls = getattr(m, name, None)
        if not name.startswith('_') and isinstance(cls, type):
            classes.append(cls)
for cls in (int, float, str, list, tuple, dict, set, frozenset, bool, object, type, range, slice,
            property, staticmethod, classmethod, map, filter, zip, enumerate, reversed,
            BaseException, Exception, ValueError, KeyError, StopIteration, ExceptionGroup):
    classes.append(cls)

def call_all(target, names):
    n = 0
    for meth in names:
        if meth in SKIP_INIT or any(w in meth for w in SKIP):
            continue
        try:
            f = getattr(target, meth)
        except BaseException:
            continue
        if not callable(f):
            continue
        for args in ARGS:
            try:
                r = f(*args)
                if asyncio.iscoroutine(r):
                    r.close()
            except BaseException:
                pass
            n += 1
    return n

async def main():
    calls = 0
    for cls in classes:
        try:
            names = list(vars(cls))
        except TypeError:
            names = dir(cls)
        calls += call_all(cls, names)
        for cargs in ARGS:
            try:
                obj = cls(*cargs)
                names = dir(obj)
            except BaseException:
                continue
            calls += call_all(obj, names)
    print("calls", calls > 10000)

asyncio.run(main())
`;

describe('every method of the standard library classes', () => {
  it.each(MODEL_NAMES.filter((m) => m !== 'promisio'))('ends without an internal error under %s', (model) => {
    const r = runProgram(PROBE, { lang: 'py', model });
    expect(r.errorKind === 'internal' ? r.error : null).toBeNull();
    // Under js, a coroutine method called unbound runs at once and may reject unobserved.
    if (model !== 'js') expect(r.stdout.at(-1)).toBe('calls True');
  });

  // promisio wraps each async def called outside a loop in a Task: its asyncio.run(main()) stops
  // at "no running event loop", as the real promisio does, so the probe runs at the top level.
  it('ends without an internal error under promisio', () => {
    const top = PROBE.replace('async def main():', 'def main():').replace('asyncio.run(main())', 'main()');
    const r = runProgram(top, { lang: 'py', model: 'promisio' });
    expect(r.errorKind === 'internal' ? r.error : null).toBeNull();
    expect(r.stdout.at(-1)).toBe('calls True');
  });
});
