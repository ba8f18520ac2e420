// process.emitWarning as Node 20 lib/internal/process/warning.js: a warning Error (type, code,
// detail) printed and emitted as 'warning' on a nextTick; throwDeprecation throws from a nextTick.
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code, w.detail, Object.keys(w)));
process.emitWarning('custom warning text');
process.emitWarning('with type', 'MyWarning');
process.emitWarning('with type and code', 'MyWarning', 'MY_CODE');
process.emitWarning(new Error('warning from error'));
process.emitWarning('deprecated thing', { type: 'DeprecationWarning', code: 'DEP0999', detail: 'use other thing' });
process.emitWarning('options without type', { code: 'C1' });
for (const bad of [5, undefined]) {
  try { process.emitWarning(bad); } catch (e) { console.log(e.code, e.message); }
}
try { process.emitWarning('x', 5); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('x', 'T', 7); } catch (e) { console.log(e.code, e.message); }
process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning');
process.noDeprecation = false;
process.throwDeprecation = true;
process.emitWarning('thrown', 'DeprecationWarning');
process.nextTick(() => console.log('tick queued after the warnings'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync done');
