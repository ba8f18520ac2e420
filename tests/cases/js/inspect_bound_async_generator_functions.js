// Node 20 prints a bound function as [Function: bound NAME] and, when it was bound from an
// async or generator function, adds the constructor it inherits (BoundFunctionCreate takes
// the target's [[Prototype]]): [Function: bound af] AsyncFunction.
async function af() {}
function* g() {}
async function* ag() {}
const baf = af.bind(null), bg = g.bind(null), bag = ag.bind(null);
console.log(Object.getPrototypeOf(baf) === Object.getPrototypeOf(af), baf.constructor.name, bg.constructor.name);
console.log(baf, bg, bag, af, g, ag, [baf], { bg });
console.log(baf.bind(null), (() => 1).bind(null), Math.max.bind(null));
class K {}
console.log(K.bind(null), typeof K.bind(null));
const f = function () {}; Object.setPrototypeOf(f, Object.getPrototypeOf(af)); console.log(f);
const f2 = async () => {}; Object.setPrototypeOf(f2, Function.prototype); console.log(f2);
