// String methods with RegExp patterns: match, matchAll, replace(All), split, search.
const s = 'Order 66 shipped 2024-03-15, order 7 pending 2025-11-02';
console.log(s.match(/\d{4}-\d{2}-\d{2}/));
console.log(s.match(/\d{4}-\d{2}-\d{2}/g), s.match(/xyz/g), s.match(/xyz/));
console.log(s.match(/(?<y>\d{4})-(?<m>\d\d)/).groups);
for (const m of s.matchAll(/(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)/g)) {
  console.log('date', m.index, m.groups.year, m.groups.month, m.groups.day, m.length);
}
console.log([...'a1b22c333'.matchAll(/\d+/g)].map((m) => [m[0], m.index]));
console.log('a.b.c'.matchAll(/\./g), Object.prototype.toString.call('x'.matchAll(/x/g)));
console.log(s.replace(/order/gi, 'ORDER'), s.replace(/(\d{4})-(\d\d)-(\d\d)/g, '$3/$2/$1'));
console.log(s.replace(/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/, '$<d>.$<m>.$<y>'), 'aaa'.replace(/a/g, '$&$&'), 'abc'.replace(/b/, "[$`|$']"), 'x'.replace(/x/, '$$'));
console.log(
  s.replace(/(\d+)/g, (match, p1, offset, whole) => `<${match}@${offset}/${whole.length}>`),
  'John Smith'.replace(/(?<first>\w+)\s(?<last>\w+)/, (...args) => {
    const groups = args[args.length - 1];
    return `${groups.last}, ${groups.first}`;
  }),
);
console.log('a-b_c d'.replaceAll(/[-_ ]/g, '+'), 'aXbXc'.replaceAll('X', (m, i) => i));
console.log('a, b;c  d'.split(/[,;\s]+/), 'a1b2c3'.split(/\d/), 'a1b2c3'.split(/(\d)/), 'abc'.split(/(?:)/u), 'a,b,c'.split(/,/, 2), ''.split(/x/));
console.log(s.search(/\d/), s.search(/zzz/), 'a.b'.search('.'), 'x+y'.search('\\+'), 'Hello'.match('l+'), 'aaa'.match(/a*?/));
console.log('camelCaseString'.replace(/([A-Z])/g, ' $1').toLowerCase(), '  trim  me  '.replace(/^\s+|\s+$/g, ''), 'A-B'.toLowerCase().split(/-/));
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
};
t(() => 'abc'.replaceAll(/b/, 'x'));
t(() => 'abc'.matchAll(/b/));
t(() => [...'abab'.matchAll('a')].length);
const counter = /x/g;
counter.lastIndex = 5;
console.log('xx'.replace(counter, 'y'), counter.lastIndex, 'xax'.search(counter), counter.lastIndex);
console.log('tel: 555-1234'.match(/(\d{3})-(\d{4})/).slice(1), /(a)|(b)/.exec('b'));
