// An await in the base of an optional chain: (await x).a?.b, (await f())?.m(), (await x)?.[k]
const get = async (x) => ({ value: x, nested: x > 1 ? { deep: x, f() { return this.deep * 10; } } : null });
const calls = [];
const track = (name, v) => (calls.push(name), v);
(async () => {
  console.log((await get(1)).nested?.deep, (await get(2)).nested?.deep);
  const r = await get(3);
  console.log(r?.nested?.deep ?? 'none', r.missing?.(), (await (async () => null)()) ?? 'nullish');
  console.log((await get(4)).nested?.f(), (await get(1)).nested?.f(), (await get(5))?.nested.f?.());
  console.log((await get(6))?.['nested']?.[track('key', 'deep')], (await null)?.[track('never', 'x')], calls);
  console.log((await get(0))?.nested?.deep.toString(), typeof (await undefined)?.a.b.c);
  const o = { async load() { return { items: [1, 2, 3] }; } };
  console.log((await o.load()).items?.length, (await o.load())?.items.map((x) => x * 2));
  try {
    (await get(1)).nested.deep;
  } catch (e) {
    console.log(e.message);
  }
  try {
    (await get(1))?.nested.deep;
  } catch (e) {
    console.log(e.message);
  }
})();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
(async () => {
  const v = { a: { b: 1 } };
  console.log(((await v)?.a)?.b, ((await null)?.a)?.b, (await v).a?.['b']);
  function* g() { const r = (yield 1)?.x; console.log('gen got', r); }
  const it = g();
  it.next();
  it.next({ x: 'X' });
})();
