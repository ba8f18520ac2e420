// Conversions done by the host (URI decoding, JSON.parse, BigInt from a string) report their own
// errors, but an error thrown by the argument's own toString comes first and stays itself.
const bad = {
  toString() {
    throw new RangeError('no string for you');
  },
};
const tries = [
  () => decodeURIComponent(bad),
  () => decodeURIComponent('%'),
  () => encodeURI('\uD800'),
  () => JSON.parse(bad),
  () => JSON.parse('{'),
  () => BigInt('1.5'),
  () => BigInt(bad),
  () => BigInt(1) == '1.5',
  () => BigInt(12) == ' 12 ',
];
for (const f of tries) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.message);
  }
}
JSON.parse(bad);
