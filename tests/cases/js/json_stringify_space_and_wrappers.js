// JSON.stringify's space and replacer list as Node 20 takes them: Number and String objects stand for
// their primitives (through valueOf / toString), and V8 lays the text out on lines for any space
// above 0, so 0.5 gives lines with no indentation.
const o = { a: [1, { b: 2 }], c: 'x' };
for (const sp of [NaN, Infinity, -Infinity, -0.5, 0, 0.999, 1.5, 10.5, 11, '', 'abcdefghijklmno', true, null, new Boolean(true)]) {
  console.log(String(sp), JSON.stringify(JSON.stringify(o, null, sp)));
}
const n = new Number(3);
n.valueOf = () => 1;
console.log('valueOf', JSON.stringify(JSON.stringify(o, null, n)));
const s = new String('ab');
s.toString = () => '>';
console.log('toString', JSON.stringify(JSON.stringify(o, null, s)));
console.log(JSON.stringify({ 1: 'one', x: 'ex', 2: 'two' }, [new Number(1), 'x', 2, {}, new Boolean(true)]));
const p = { a: [1, { b: 2 }] };
console.log(JSON.stringify(p, null, 5.99));
console.log(JSON.stringify(p, null, new Number(2)));
console.log(JSON.stringify(p, null, new String("--")));
console.log(JSON.stringify({toString: 1, 2: 3}, [new String("toString"), new Number(2)]));
console.log(JSON.stringify(p, null, 0.5), JSON.stringify(p, null, -1));
