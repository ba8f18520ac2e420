const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
try { frozen.a = 2; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
frozen.nested.b = 3;
console.log(frozen, Object.isFrozen(frozen));
const sealed = Object.preventExtensions({ x: 1 });
try { sealed.y = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { undeclared = 5; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const o = {};
Object.defineProperty(o, 'ro', { value: 1, enumerable: true });
try { o.ro = 2; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
class A { get only() { return 1; } }
try { new A().only = 2; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { null.prop = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { (void 0).prop = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { 'str'.len = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { let q = 1; let fn = () => q(); fn(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { [].x.y; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { new Map().get('k').value; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { JSON.parse('{"a":}'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { JSON.parse('[1, 2'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { JSON.parse("{'a': 1}"); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Promise.resolve().then.call({}, () => {}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { new Set(5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { [...{}]; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { const [a] = {}; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { const { a } = null; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { for (const x of 5) {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Math.max(...5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { class B extends 5 {} } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { x.toFixed(); let x = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { (async () => {})().then(5).catch(7); console.log('then with non-functions ok'); } catch (e) { console.log(e.message); }
