const obj = {
  count: 0,
  inc() { this.count++; return this.count; },
  later() { setTimeout(function () { try { console.log(this.count); } catch (e) { console.log(e.message); } }, 10); },
  laterArrow() { setTimeout(() => console.log('arrow', this.count), 20); },
};
obj.inc();
obj.later();
obj.laterArrow();
const f = obj.inc;
try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { undefinedFn(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { obj.nope(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { const x = 5; x = 6; } catch (e) { console.log(e.name + ': ' + e.message); }
try { null.foo; } catch (e) { console.log(e.name + ': ' + e.message); }
try { undefined.foo; } catch (e) { console.log(e.name + ': ' + e.message); }
try { let q = obj.missing; q(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new obj.inc(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.parse('{bad'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toFixed(200); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Array(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Symbol() + ''; } catch (e) { console.log(e.name + ': ' + e.message); }
try { BigInt(1.5); } catch (e) { console.log(e.name + ': ' + e.message); }
