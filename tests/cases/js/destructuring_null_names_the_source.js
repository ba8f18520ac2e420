// Destructuring null or undefined: V8 names where the value came from, as it names a callee
// that is not a function: the declaration's or assignment's expression ('data', 'get(...)',
// 'o.user', 'a[0]'), 'undefined' for a parameter, '.for' (its temporary) for a loop variable;
// a nested pattern reads properties instead.
const tries = [
  () => { const u = undefined; const { a } = u; },
  () => { let data = null; const { x, y } = data; },
  () => { const get = () => undefined; const { b } = get(); },
  () => { const o = {}; const { c } = o.user; },
  () => { function f({ d }) {} f(); },
  () => { const { ['k' + 1]: g } = null; },
  () => { const { h: { i } } = { h: undefined }; },
  () => { let j; ({ j } = undefined); },
  () => { const {} = undefined; },
  () => { const arr = [undefined]; const [{ k }] = arr; },
  () => { const o = { p: { q: null } }; const { r } = o.p.q; },
  () => { const a = [null]; const { s } = a[0]; },
  () => { for (const { h } of [undefined]) {} },
  () => { let h; for ({ h } of [null]) {} },
  () => { const u = undefined; const { v } = (0, u); },
];
for (const t of tries) {
  try {
    t();
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
async function main() {
  const load = async () => undefined;
  try {
    const { w } = await load();
  } catch (e) {
    console.log(`${e.constructor.name}: ${e.message}`);
  }
}
main();
