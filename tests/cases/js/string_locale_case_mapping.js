// toLocaleUpperCase / toLocaleLowerCase follow the locale's case mappings (ECMA-402 §19.1.2–3).
console.log('TITLE'.toLocaleLowerCase('tr-TR'), 'title'.toLocaleUpperCase('tr'), 'TITLE'.toLocaleLowerCase('en-US'), 'ǆ'.toLocaleUpperCase());
console.log('İstanbul'.toLocaleLowerCase('tr').length, 'İstanbul'.toLocaleLowerCase('en-US').length, 'Straße'.toLocaleUpperCase('de-DE'));
console.log('I'.toLocaleLowerCase(['tr', 'en']), 'i'.toLocaleUpperCase(['az']), 'Lİ'.toLocaleLowerCase('lt'));
try {
  'a'.toLocaleUpperCase('not a locale!');
} catch (e) {
  console.log(e.name, e.message);
}
