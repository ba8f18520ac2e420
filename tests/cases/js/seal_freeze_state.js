'use strict';
const settings = Object.seal({ theme: 'dark', size: 12 });
settings.size = 14;
try { settings.extra = true; } catch (e) { console.log(e.name + ': ' + e.message); }
try { delete settings.theme; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(settings, Object.isSealed(settings), Object.isFrozen(settings), Object.isSealed({}), Object.isSealed(Object.freeze({ a: 1 })));
const state = Object.freeze({ status: 'idle', history: [] });
async function transition(next) {
  await null;
  try { state.status = next; } catch (e) { console.log(e.name + ': ' + e.message); }
  state.history.push(next);
  return { ...state, status: next };
}
transition('running').then((s) => console.log(s, state));
