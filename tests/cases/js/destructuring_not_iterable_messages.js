// V8 names a destructured declaration's initializer through CallPrinter for some expressions only (interp/iterable-errors.ts declarationNamed).
function f() { return 1; }
const o = { a: 1, f };
try { const [a] = f(); } catch (e) { console.log(e.message); }
try { const [a] = o.f(); } catch (e) { console.log(e.message); }
try { const [a] = o.a; } catch (e) { console.log(e.message); }
function g() { const [a] = f(); }
try { g(); } catch (e) { console.log(e.message); }
function h() { const [a] = o.a; }
try { h(); } catch (e) { console.log(e.message); }
const k = () => { const [a] = f(); };
try { k(); } catch (e) { console.log(e.message); }
async function m() { const [a] = await f(); }
m().catch((e) => console.log(e.message));
async function m2() { const [a] = await o.a; }
m2().catch((e) => console.log(e.message));
async function m3() { const [a] = -o.a; }
m3().catch((e) => console.log(e.message));
async function main2() {
  const x = 5, p = Promise.resolve(7);
  const t = [
    () => { const [a] = await_(1); },
    () => { const [a] = x + 1; },
    () => { const [a] = -x; },
    () => { const [a] = x ? 1 : 2; },
    () => { const [a] = (0, x); },
    () => { const [a] = `t${x}`; return 'ok'; },
    () => { const [a] = typeof x; return 'ok'; },
    () => { const [a] = x++; },
    () => { let b; const [a] = (b = 3); },
    () => { const [a] = function () {}; },
    () => { const [a] = () => 1; },
    () => { const [a] = class {}; },
    () => { const [a] = /re/; },
    () => { const [a] = this; },
    () => { const [a] = void 0; },
    () => { const [a] = new Object(); },
  ];
  function await_(v) { return v; }
  for (const f of t) { try { console.log(f()); } catch (e) { console.log(e.message); } }
  try { const [a] = await p; } catch (e) { console.log(e.message); }
  try { const [a] = await x; } catch (e) { console.log(e.message); }
  try { let q; [q] = await x; } catch (e) { console.log(e.message); }
  try { let q; [q] = x; } catch (e) { console.log(e.message); }
  try { for (const q of await x) {} } catch (e) { console.log(e.message); }
  try { [...await x]; } catch (e) { console.log(e.message); }
  try { Math.max(...await x); } catch (e) { console.log(e.message); }
}
main2();
