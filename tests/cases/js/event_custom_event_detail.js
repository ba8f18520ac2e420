// Node 20 has the CustomEvent global: an Event subclass whose `detail` is options.detail
// (null when absent), readable in listeners; it dispatches like any Event.
console.log(typeof CustomEvent, CustomEvent.length, Object.getPrototypeOf(CustomEvent) === Event, String(new CustomEvent('s')));
const ev = new CustomEvent('job', { detail: { id: 7, tags: ['a'] }, cancelable: true });
console.log(ev.detail, ev.type, ev.cancelable, ev instanceof Event, ev instanceof CustomEvent);
console.log(new CustomEvent('x').detail, new CustomEvent('x', { detail: undefined }).detail, new CustomEvent('x', { detail: 0 }).detail);
console.log(Object.keys(ev), Object.getOwnPropertyNames(CustomEvent.prototype));
const et = new EventTarget();
et.addEventListener('job', (e) => { console.log('got', e.detail.id, e.constructor.name); e.preventDefault(); });
console.log(et.dispatchEvent(ev));
try { new CustomEvent(); } catch (e) { console.log(e.code, e.message); }
try { new CustomEvent('x', 3); } catch (e) { console.log(e.code, e.message); }
try { Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('e')); } catch (e) { console.log(e.code, e.message); }
class Progress extends CustomEvent { constructor(n) { super('progress', { detail: n }); } }
console.log(new Progress(50).detail, new Progress(1) instanceof CustomEvent);
