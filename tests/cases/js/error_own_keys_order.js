// V8 errors list `stack` first among their own keys, Node errors (NodeError) `code` before
// `message`: Object.getOwnPropertyNames / Reflect.ownKeys / JSON.stringify(err, keys) show it.
console.log(Object.getOwnPropertyNames(new Error('m', { cause: 1 })), Object.getOwnPropertyNames(new Error()));
try { null.f(); } catch (e) { console.log(Object.getOwnPropertyNames(e)); }
try { undefinedVar; } catch (e) { console.log(Object.getOwnPropertyNames(e)); }
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; this.code = 42; } }
console.log(Object.getOwnPropertyNames(new MyErr('x')), Reflect.ownKeys(new RangeError('r')));
console.log(Object.getOwnPropertyNames(new AggregateError([1], 'a', { cause: 2 })));
const o = { a: 1 }; Error.captureStackTrace(o); console.log(Object.getOwnPropertyNames(o));
const err = new Error('json');
console.log(JSON.stringify(err, ['message', 'name']), Object.keys(err));
console.log(Object.entries(Object.getOwnPropertyDescriptors(new TypeError('t'))).map(([k, d]) => k + ':' + d.enumerable + d.writable + d.configurable));
Promise.reject(new Error('async')).catch((e) => console.log(Object.getOwnPropertyNames(e)));
new Promise(() => { throw new SyntaxError('in executor'); }).catch((e) => console.log(Object.getOwnPropertyNames(e)));
try { JSON.parse('{'); } catch (e) { console.log(e.name, Object.getOwnPropertyNames(e)); }
try {
  setTimeout('x');
} catch (e) {
  console.log(e.name, Object.getOwnPropertyNames(e), Object.keys(e));
}
const e2 = new Error('plain');
console.log(JSON.stringify(e2, Object.getOwnPropertyNames(e2)).replace(/"stack":"[^"]*"/, '"stack":"..."'));
