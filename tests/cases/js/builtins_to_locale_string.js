// Number, BigInt and Array toLocaleString with locales and options (ECMA-402): currency, percent,
// grouping, digits; an array formats each element with its own toLocaleString.
const prices = [12.5, 1234.5678, 0.1 + 0.2, 1e6];
for (const p of prices) console.log(p.toLocaleString('en-US', { style: 'currency', currency: 'USD' }), p.toLocaleString(undefined, { maximumFractionDigits: 1 }));
console.log((0.256).toLocaleString('en-US', { style: 'percent' }), (0.256).toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 1 }));
console.log((5).toLocaleString('en-US', { minimumFractionDigits: 2 }), (1234567.891).toLocaleString('de-DE'), (1234567.891).toLocaleString(['fr-FR', 'en-US']));
console.log((1234567).toLocaleString('en-US', { useGrouping: false }), (42).toLocaleString('en-US', { minimumIntegerDigits: 4 }), (123456789n).toLocaleString('en-US'));
console.log((1500).toLocaleString('en-US', { notation: 'compact' }), (3.14159).toLocaleString('en-US', { maximumSignificantDigits: 3 }), (9.99).toLocaleString('ja-JP', { style: 'currency', currency: 'JPY' }));
const total = [19.99, 5.01, 100].reduce((a, b) => a + b, 0);
console.log(`Total: ${total.toLocaleString('en-US', { style: 'currency', currency: 'EUR' })}`);
for (const bad of [{ style: 'currency' }, { maximumFractionDigits: 200 }, { style: 'bogus' }]) {
  try { (1).toLocaleString('en-US', bad); } catch (e) { console.log(e.name, e.message); }
}
try { (1).toLocaleString('not a locale!'); } catch (e) { console.log(e.name, e.message); }
console.log([1234, 5678.9, null, 'x', undefined, 1e6].toLocaleString(), [0.5, 2].toLocaleString('en-US', { style: 'percent' }), [[1000, 2000], 3000].toLocaleString());
console.log([{ toLocaleString() { return 'custom'; } }, new Date(0)].toLocaleString().length > 0, String([1000]));
