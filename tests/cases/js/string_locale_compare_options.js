// String.prototype.localeCompare with locales and options (ECMA-402 §19.1.1): numeric sorting, sensitivity.
console.log('a'.localeCompare('A', undefined, { sensitivity: 'base' }), 'ä'.localeCompare('a', 'de', { sensitivity: 'base' }), 'a'.localeCompare('b'));
const files = ['file10.txt', 'file9.txt', 'File1.txt', 'file2.txt'];
console.log([...files].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })));
console.log([...files].sort((a, b) => a.localeCompare(b)), ['z', 'ä', 'a'].sort((a, b) => a.localeCompare(b, 'sv')), ['z', 'ä', 'a'].sort((a, b) => a.localeCompare(b, 'de')));
console.log('résumé'.localeCompare('resume', 'en', { sensitivity: 'accent' }), 'résumé'.localeCompare('resume', 'en', { sensitivity: 'base' }), 'a'.localeCompare('a'));
try { 'a'.localeCompare('b', 'en', { sensitivity: 'bogus' }); } catch (e) { console.log(e.name, e.message); }
