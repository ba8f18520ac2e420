// RegExp literals, flags, test/exec, lastIndex, printing.
const re = /(\d+)-(\d+)/g;
console.log(re, String(re), re.source, re.flags, re.global, re.sticky, re.lastIndex, typeof re, re instanceof RegExp);
console.log(/a\/b/i, new RegExp('a/b', 'gi'), new RegExp(/x+/y), RegExp('^$', 'm'), new RegExp(''), /[/]/.source);
const text = 'ranges: 10-20, 30-40 and 5-6';
let m;
while ((m = re.exec(text)) !== null) {
  console.log('found', m[0], m[1], m[2], 'at', m.index, 'next from', re.lastIndex);
}
console.log('after loop', re.lastIndex);
console.log(re.exec('1-2'));
console.log(/quick\s(brown).+?(jumps)/i.exec('The Quick Brown Fox Jumps Over'));
const sticky = /foo/y;
console.log(sticky.test('foofoo'), sticky.lastIndex, sticky.test('foofoo'), sticky.lastIndex, sticky.test('foofoo'), sticky.lastIndex);
const g = /o/g;
console.log(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);
g.lastIndex = 2;
console.log(g.exec('foo').index);
console.log(/^b/m.test('a\nb'), /^b/.test('a\nb'), /a.b/s.test('a\nb'), /a.b/.test('a\nb'), /\u{1F600}/u.test('😀'));
const d = /(?<word>b+)/d.exec('aabbbcc');
console.log(d, d.indices, d.indices.groups);
console.log(Object.prototype.toString.call(/x/), JSON.stringify({ re: /x/ }), Object.keys(/x/), /x/g.toString());
const tagged = /t/;
tagged.label = 'extra';
console.log(tagged, [/a/, { r: /b/gi }]);
console.log(Object.getOwnPropertyDescriptor(/x/, 'lastIndex'), RegExp.prototype.flags, RegExp.prototype.source);
for (const bad of ['(', '[a-', 'a**']) {
  try {
    new RegExp(bad);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
try {
  new RegExp('a', 'gg');
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(RegExp.length, RegExp.name, RegExp.prototype.exec.length, RegExp(re) === re, new RegExp(re) === re);
