// What the top level of the file sees: CommonJS wraps it in a function whose `this` is
// module.exports; an ES module has `this` undefined and no module/exports/require bindings.
console.log(typeof this, this === undefined ? 'undefined' : JSON.stringify(this));
console.log(typeof module, typeof exports, typeof require, typeof __filename);
const arrow = () => (this === undefined ? 'arrow: undefined' : 'arrow: ' + typeof this);
console.log(arrow());
if (typeof module !== 'undefined') {
  module.exports.answer = 42;
  console.log(this.answer, exports === module.exports);
}
