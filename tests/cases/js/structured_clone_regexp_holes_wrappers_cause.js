// structuredClone as Node 20: a RegExp is a new RegExp (lastIndex 0, extra properties dropped),
// array holes and extra array properties are kept, Boolean/Number/BigInt/String objects are
// cloned as wrappers (a Symbol object cannot be), and an Error keeps its own cause, cloned.
const r = /re/g; r.lastIndex = 3; r.extra = 1;
const rc = structuredClone(r);
console.log(rc, rc.lastIndex, rc.extra, rc instanceof RegExp, rc.flags, rc.source);
const a = [1, , 3]; a.extra = 'x';
const ac = structuredClone(a);
console.log(ac, 1 in ac, ac.length, ac.extra);
const sparse = []; sparse[5] = 1;
console.log(structuredClone(sparse), structuredClone(new Array(3)));
console.log(structuredClone(new Number(3)), structuredClone(new String('s')), structuredClone(new Boolean(false)), structuredClone(Object(10n)));
const ns = new Number(4); ns.x = 1; console.log(structuredClone(ns), typeof structuredClone(ns));
try { structuredClone(Object(Symbol('q'))); } catch (e) { console.log(e.name, e.message); }
const e = new Error('e', { cause: 'why' });
const ec = structuredClone(e);
console.log(ec.cause, Object.getOwnPropertyDescriptor(ec, 'cause'), Object.keys(ec));
const e2 = new TypeError('t', { cause: new RangeError('inner') });
const ec2 = structuredClone(e2);
console.log(ec2.cause instanceof RangeError, ec2.cause.message, ec2.name);
const e3 = new Error('no cause'); console.log('cause' in structuredClone(e3));
const e4 = new Error('x', { cause: undefined }); console.log('cause' in structuredClone(e4), Object.getOwnPropertyDescriptor(structuredClone(e4), 'cause'));
const e5 = new Error('obj cause', { cause: { a: [1] } }); const ec5 = structuredClone(e5); console.log(ec5.cause, ec5.cause === e5.cause);
const e6 = new Error('m'); e6.extra = 5; console.log(structuredClone(e6).extra);
console.log(structuredClone(/re/g));
console.log(structuredClone([1, , 3]));
console.log(structuredClone(new Number(3)), structuredClone(new String('s')));
console.log(structuredClone(new Error('e', { cause: 'why' })).cause);
