for (const v of [5, 'str', true, 5n, Symbol('s'), null, undefined, {}, [], function named() {}, 'a'.repeat(40), new Map()]) {
  try { setTimeout(v); } catch (e) { console.log(e.message); }
}
try { queueMicrotask(3); } catch (e) { console.log(e.message); }
try { setImmediate('x'); } catch (e) { console.log(e.message); }
try { setInterval(null); } catch (e) { console.log(e.message); }
try { process.nextTick(1); } catch (e) { console.log(e.message); }
