// structuredClone refuses an object with host data it cannot serialize (V8 ValueSerializer):
// a promise, WeakMap/WeakSet, generator, iterator — named as V8's NoSideEffectsToString names it.
function* g() {}
class MyP extends Promise {}
class K { constructor() { this.a = 1; } }
for (const v of [Promise.resolve(1), MyP.resolve(2), new WeakMap(), new WeakSet(), g(), new K(), (async function* () {})(), [1].values(), new Map().keys(), 'abc'[Symbol.iterator](), { p: Promise.resolve() }, (async () => {})()]) {
  try {
    const c = structuredClone(v);
    console.log('ok', c);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
