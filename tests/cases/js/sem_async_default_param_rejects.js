// A throwing default parameter of an async function rejects its promise; the call returns normally.
const boom = (what) => {
  throw new Error(`bad ${what}`);
};
async function withDefault(a = boom('default')) {
  console.log('body never runs', a);
}
async function withPattern({ x }) {
  return x;
}
const arrow = async (n = boom('arrow')) => n;

console.log('before calls');
const p1 = withDefault();
const p2 = withPattern(undefined);
const p3 = arrow();
console.log('after calls', p1 instanceof Promise, p2 instanceof Promise, p3 instanceof Promise);
p1.catch((e) => console.log('p1 rejected:', e.message));
p2.catch((e) => console.log('p2 rejected:', e.constructor.name, e.message));
p3.catch((e) => console.log('p3 rejected:', e.message));
Promise.resolve().then(() => console.log('tick 1'));
console.log(await withDefault(5).then(() => 'fulfilled'));
// Unhandled: the rejection is reported after the main script, not thrown at the call.
withDefault();
console.log('end of script');
