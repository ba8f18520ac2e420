// V8's CallPrinter text in 'X is not a function' / 'X is not iterable' for literals, operators and
// folded constants (its parser folds (2 * 3) to 6 and !0 to true before the printer sees them).
{
  const tries = [
    () => ({}).foo(), () => ({ a: 1 }).foo(), () => [].foo(), () => [1, 2].foo(), () => [{}].foo(), () => ({ a: {} }).b.c(),
    () => (1).foo(), () => 'str'.foo(), () => `t${1}`.foo(), () => (() => 1).foo(), () => (function () {}).foo(), () => new Date().foo(),
    () => (1 + 2).foo(), () => [1][0].foo(), () => ({})[Symbol.iterator](), () => null.foo, () => (void 0).foo, () => (class {}).foo(),
    () => /re/.foo(), () => (a => a)(1).foo(), () => Math.max(1).foo(), () => this.foo(), () => [...[1]].foo(), () => ({...{}}).foo(),
  ];
  for (const t of tries) { try { t(); } catch (e) { console.log(e.message); } }
}
{
  const tries = [
    () => ({ a: 1, b: 2 }).foo(), () => ({ a: 1, b: 2, c: {} }).foo(), () => [1, 'a', true, null, undefined, {}, [], [2]].foo(),
    () => `a${1}b${'x'}c`.foo(), () => /re/gi.foo(), () => (-1).foo(), () => (2 * 3).foo(), () => ('a' + 'b').foo(),
    () => [x => x].foo(), () => [1.5, 1e21, 0x10].foo(), () => ({ f() {} }).foo(), () => ({ get g() { return 1; } }).foo(),
    () => [, 1].foo(), () => [this].foo(), () => [Math.max].foo(), () => [Math.max(1)].foo(), () => true.foo(), () => [new Date()].foo(),
    () => [`t`].foo(), () => ['it\'s'].foo(), () => (1, 2).foo(), () => [typeof 1].foo(), () => (!0).foo(),
  ];
  for (const t of tries) { try { t(); } catch (e) { console.log(e.message); } }
}
{
  const a = 1, b = 2, c = 3; let z;
  const tries = [
    () => (7 % 3).foo(), () => (2 ** 3).foo(), () => (a ? b : c).foo(), () => (a + b + c).foo(), () => (a + b * c).foo(), () => (a && b).foo(),
    () => (a ?? b).foo(), () => (a < b).foo(), () => (z = 1).foo(), () => new Date().foo(), () => ('x' in {}).foo(), () => (1 + 'a').foo(),
    () => (-a).foo(), () => (!a).foo(), () => (~5).foo(), () => (+'3').foo(), () => (void 0).foo(), () => (a, b, c).foo(), () => (a++).foo(),
    () => (1 << 3).foo(), () => (a + 1 + 2).foo(), () => (1 + 2 + a).foo(), () => `${a}`.foo(), () => [...'ab', 1].foo(), () => [a, [b, c]].foo(),
    () => (!'s').foo(), () => (!null).foo(), () => (typeof a).foo(), () => (a instanceof Object).foo(), () => (5 / 0).foo(), () => (0 / 0).foo(),
    () => (a - -1).foo(), () => (-(-1)).foo(), () => ({ [a]: 1 }).foo(), () => ({ ...a }).foo(), () => [null, undefined, true, false].foo(),
  ];
  for (const t of tries) { try { t(); } catch (e) { console.log(e.message); } }
}
{
  const a = 1;
  const tries = [
    () => { for (const x of { a: 1 }); }, () => { for (const x of 5 * 2); }, () => { const [p] = {}; }, () => { [...(a + 1)]; },
    () => { for (const x of (a ? 1 : 2)); }, () => { new Map([1]); }, () => { Array.from({ [Symbol.iterator]: 1 }); }, () => { const [q] = -1; },
    () => { for (const x of `t${a}`.length); }, () => { Math.max(...a); },
  ];
  for (const t of tries) { try { t(); } catch (e) { console.log(e.message); } }
}
