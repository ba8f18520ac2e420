// Parameters are bound left to right; a later one is in its temporal dead zone.
function f(x = y, y = 1) {
  return [x, y];
}
try {
  f();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(f(2));
function g(a, b = a * 2, c = () => a + b) {
  return c();
}
console.log(g(3), g(3, 4));
function h({ p = q } = {}, q = 5) {
  return p;
}
try {
  h();
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(h({ p: 1 }));
const later = (fn = () => z, z = 'z') => fn();
console.log(later());
function selfRef(s = s) {
  return s;
}
console.log(selfRef(0));
selfRef();
