// Wrapper objects: new Number / new String / new Boolean are objects, not primitives.
const n = new Number(5), s = new String('ab'), b = new Boolean(false);
console.log(typeof n, typeof s, typeof b, typeof Number(5), typeof String(1), typeof Boolean(0));
console.log(n === 5, n == 5, s === 'ab', s == 'ab', b == false, new Number(1) === new Number(1));
if (b) console.log('new Boolean(false) is truthy'); console.log(!!b, !b, b.valueOf(), String(b), `${b}`);
console.log(n + 1, n * 2, s + 'c', s.length, s[0], s.toUpperCase(), [...s], Object.keys(s), JSON.stringify({ n, s, b }));
console.log(n, s, b, [n, s, b], { n });
console.log(Object.prototype.toString.call(n), Object.prototype.toString.call(s), Object.prototype.toString.call(b));
console.log(n instanceof Number, 5 instanceof Number, s instanceof String, n.toFixed(2), n.valueOf() === 5);
s.extra = 1; console.log(s, Object.keys(s));
class MyNum extends Number { double() { return this * 2; } }
const m = new MyNum(21); console.log(m.double(), m, m instanceof Number, typeof m);
try { Number.prototype.valueOf.call({}); } catch (e) { console.log(e.message); }
try { s[0] = 'z'; console.log(s[0]); } catch (e) { console.log(e.message); }
console.log(new String(''), new Number(-0), new Number(NaN), [new String('it\'s')]);
console.log(new Number(5) === 5, typeof new Number(5), typeof new String("a"), new Boolean(false) ? "truthy" : "falsy");
console.log(typeof Object(1), Object(1), Object('ab'), Object(true), Object(1) instanceof Number, Object('x').length);
const o = {}; console.log(Object(o) === o, Object(null), Object(undefined), Object(1) == 1);
