// Tagged templates (ECMA-262 §13.3.11, §13.2.8.4): the tag gets the frozen strings array with
// its frozen `raw`, the same object for every evaluation of one site, `this` bound as in a
// call; invalid escapes are undefined cooked strings; String.raw joins the raw strings.
function tag(strings, ...subs) {
  console.log(JSON.stringify(strings), JSON.stringify(strings.raw), subs, Object.isFrozen(strings), Object.isFrozen(strings.raw));
  console.log(Object.keys(strings), Object.getOwnPropertyNames(strings).includes('raw'), Array.isArray(strings));
  return strings;
}
const a = tag`a${1}b${'x'}c`;
const sites = [];
for (let i = 0; i < 2; i++) sites.push(tag`same ${i}`);
console.log(sites[0] === sites[1], a === sites[0]);
console.log(String.raw`C:\new\table${1 + 1}\x`);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
function bad(s) { return [s[0], s.raw[0]]; }
console.log(bad`\unicode and \u{zz}`);
const obj = { name: 'o', t(strings) { return this.name + strings[0]; } };
console.log(obj.t`!`, obj['t']`?`);
const html = (s, ...v) => s.reduce((acc, str, i) => acc + str + (i < v.length ? String(v[i]).toUpperCase() : ''), '');
console.log(html`<p>${'hi'} and ${'there'}</p>`);
async function delay(s, ms) { await null; return s[0] + ms; }
(async () => console.log(await delay`wait${5}`))();
try { strings = tag``; strings.push(1); } catch (e) { console.log(e.name, e.message); }
try { 'use strict'; const s = tag`q`; s[0] = 'z'; console.log(s[0]); } catch (e) { console.log(e.name, e.message); }
console.log(tag`` .length);
