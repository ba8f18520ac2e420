// Object(symbol) and Object(bigint) are wrapper objects as in Node 20 (ToObject, §7.1.18):
// typeof 'object', printed [Symbol: Symbol(b)] / [BigInt: 10n], instanceof Symbol / BigInt,
// valueOf gives the primitive back, a Symbol object converts to its symbol (so it throws in
// string contexts), and JSON sees a Symbol object as {}.
const s = Object(Symbol('b'));
const b = Object(10n);
console.log(typeof s, typeof b, s, b, s instanceof Symbol, b instanceof BigInt, typeof s.valueOf(), typeof b.valueOf(), s.description, s.toString(), b.toString(), b + 1n, s == s.valueOf(), b == 10n, b === 10n);
console.log(Object.prototype.toString.call(s), Object.prototype.toString.call(b), JSON.stringify({ s, b: 1 }), Object(s) === s, Object(b) === b, [s, b], { s });
try { String(s); } catch (e) { console.log(e.message); }
try { `${s}`; } catch (e) { console.log(e.message); }
try { s + ''; } catch (e) { console.log(e.message); }
try { JSON.stringify(b); } catch (e) { console.log(e.message); }
try { +b; } catch (e) { console.log(e.message); }
console.log(String(b), `${b}`, b * 2n, Symbol.prototype[Symbol.toPrimitive].name, Symbol.prototype[Symbol.toPrimitive].length, { [s]: 1 });
console.log(Object.keys(s), Object.getOwnPropertyNames(b), !!s, !!Object(0n), Boolean(Object(0n)));
console.log(typeof Object(1), Object('ab'), Object(true), new Object(5n), Object(Symbol.iterator));
