// Node 20 prints an Event through Event.prototype[inspect.custom]: the constructor's name and
// { type, defaultPrevented, cancelable, timeStamp } (only the name below the depth limit).
// timeStamp is a clock reading, so it is masked, and breakLength keeps it to one line.
import util from 'node:util';
const ev = new Event('c', { cancelable: true });
ev.preventDefault();
const ce = new CustomEvent('x', { detail: 1 });
const show = (v) => util.inspect(v, { breakLength: Infinity }).replace(/timeStamp: [\d.]+/, 'timeStamp: N');
console.log(show(ev));
console.log(show([ce]));
console.log(show({ a: { b: { c: ev } } }));
console.log(show({ a: { b: ev } }));
console.log(Object.getOwnPropertySymbols(Event.prototype).map(String), Event.prototype[util.inspect.custom].name);
