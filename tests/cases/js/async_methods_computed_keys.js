// Async methods and functions whose keys are computed from literals: each call's lane carries
// the name the key gave the function (SetFunctionName), as Node's does. (Keys computed from
// variables are named the same way; the trace oracle names functions from the source text,
// so tests/models/js/computed-key-lanes.test.ts checks those against the names Node prints.)
const o = {
  async ['lit']() {
    await null;
    return 'lit';
  },
  [7]: async () => {
    await null;
    return 'seven';
  },
  ['arrow']: async () => 'arrow',
};
class C {
  static async ['make']() {
    await null;
    return new C();
  }
  ['field'] = async () => {
    await null;
    return 'field';
  };
  static ['staticField'] = async function () {
    return 'static field';
  };
}
console.log(o.lit.name, o[7].name, o.arrow.name, C.make.name, new C().field.name, C.staticField.name);
const results = await Promise.all([o.lit(), o[7](), o.arrow(), C.make(), new C().field(), C.staticField()]);
console.log(results.map((r) => (r instanceof C ? 'a C' : r)).join(', '));
