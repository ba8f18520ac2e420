const o = {};
try {
  o.missing.prop;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  o.f();
} catch (e) {
  console.log(e.name, e.message);
}
try {
  undefinedThing;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  const c = 1;
  c = 2;
} catch (e) {
  console.log(e.name, e.message);
}
null.x;
