// Node 20's Event: options { bubbles, cancelable, composed }, isTrusted (true only for events
// Node makes, like an AbortSignal's 'abort'), preventDefault (defaultPrevented only when
// cancelable; dispatchEvent returns !defaultPrevented), stopImmediatePropagation (stops the
// later listeners, also in a later dispatch), and the accessors on Event.prototype.
const ev = new Event('c', { cancelable: true });
console.log(ev.bubbles, ev.cancelable, ev.composed, ev.isTrusted, ev.eventPhase, ev.returnValue, ev.cancelBubble);
console.log(ev.target, ev.currentTarget, ev.srcElement, typeof ev.timeStamp, Object.keys(ev), Object.getOwnPropertyNames(ev));
const names = [];
for (const k in ev) names.push(k);
console.log(names.join(' '));
const et = new EventTarget();
et.addEventListener('c', (e) => {
  console.log('L1', e.eventPhase, e.target === et, e.currentTarget === et, e.srcElement === et, e.composedPath().length);
  e.preventDefault();
  console.log('prevented', e.defaultPrevented, e.returnValue);
});
et.addEventListener('c', (e) => {
  // Node 20 clears "being dispatched" after each listener: later ones see no currentTarget.
  console.log('L2', e.eventPhase, e.currentTarget, e.composedPath().length);
  e.stopImmediatePropagation();
  console.log('cancelBubble', e.cancelBubble);
});
et.addEventListener('c', () => console.log('L3 never runs'));
console.log(et.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.currentTarget, ev.target === et, ev.composedPath());
console.log('again', et.dispatchEvent(ev));
const plain = new Event('d');
et.addEventListener('d', (e) => { e.preventDefault(); console.log('d', e.defaultPrevented, e.returnValue); });
console.log(et.dispatchEvent(plain), plain.defaultPrevented);
const e3 = new Event('f', { bubbles: 1, cancelable: 'yes', composed: true });
console.log(e3.bubbles, e3.cancelable, e3.composed);
e3.initEvent('g', false);
console.log(e3.type, e3.bubbles, e3.cancelable);
const e5 = new Event('z');
e5.cancelBubble = false;
console.log(e5.cancelBubble);
e5.cancelBubble = true;
console.log(e5.cancelBubble);
for (const args of [[], ['t', 5], ['t', []], ['t', null]]) {
  try { console.log('made', new Event(...args).type); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { Event('x'); } catch (e) { console.log(e.name, e.message); }
console.log(new Event(undefined).type, new Event(null).type, Event.length, Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.AT_TARGET);
console.log(Object.prototype.toString.call(ev), String(ev));
et.addEventListener('h', (e) => {
  try { et.dispatchEvent(e); } catch (err) { console.log(err.name, err.code, err.message); }
});
et.dispatchEvent(new Event('h'));
for (const bad of [{ type: 'c' }, undefined]) {
  try { et.dispatchEvent(bad); } catch (e) { console.log(e.code, e.message); }
}
try { et.dispatchEvent(); } catch (e) { console.log(e.code, e.message); }
try { Event.prototype.preventDefault.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call(et); } catch (e) { console.log(e.name, e.code, e.message); }
class MyEvent extends Event { constructor() { super('my', { cancelable: true }); } }
const mine = new MyEvent();
et.addEventListener('my', (e) => e.preventDefault());
console.log(mine.type, mine instanceof Event, et.dispatchEvent(mine), mine.defaultPrevented);
const ac = new AbortController();
ac.signal.onabort = (e) => console.log('abort event', e.isTrusted, e.cancelable, e.bubbles, e.constructor.name, e.target === ac.signal);
ac.abort();
