// Intl.NumberFormat and Intl.DateTimeFormat: format (a bound getter), formatToParts, resolvedOptions, receivers.
const number = 123456.789;
console.log(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(number));
console.log(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(number));
console.log(new Intl.NumberFormat('en-IN', { maximumSignificantDigits: 3 }).format(number));
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log([1, 22.5, 1000].map(usd.format), usd.format(12345678901234567890n));
console.log(usd.formatToParts(-1234.5));
console.log(usd.resolvedOptions().currency, usd.resolvedOptions().locale, typeof usd.format, Intl.NumberFormat().format(1e6));
const date = new Date(Date.UTC(2020, 11, 20, 3, 23, 16, 738));
console.log(new Intl.DateTimeFormat('en-US').format(date));
console.log(new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'long', timeZone: 'Australia/Sydney' }).format(date));
console.log(new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: 'long', day: 'numeric' }).format(date));
const dtf = new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: 'numeric' });
console.log(dtf.format(date), dtf.formatToParts(date).map((p) => p.type).join(','), dtf.format(0));
console.log(Object.prototype.toString.call(Intl), Object.prototype.toString.call(usd), typeof Intl.NumberFormat, usd instanceof Intl.NumberFormat);
console.log(usd, Intl);
try { new Intl.NumberFormat('en-US', { style: 'currency' }); } catch (e) { console.log(e.name, e.message); }
try { Intl.NumberFormat.prototype.format; } catch (e) { console.log(e.name, e.message); }
for (const f of [() => Intl.NumberFormat.prototype.format, () => Intl.DateTimeFormat.prototype.format, () => Intl.NumberFormat.prototype.formatToParts(1), () => Intl.NumberFormat.prototype.resolvedOptions(), () => Intl.DateTimeFormat.prototype.formatToParts(1), () => Intl.DateTimeFormat.prototype.resolvedOptions.call({}), () => Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format').get.call(5)])
  try { f(); } catch (e) { console.log(e.message); }
