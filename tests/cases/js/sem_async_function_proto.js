// The prototype chain of async functions: %AsyncFunction.prototype% → Function.prototype.
const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
const AsyncFunction = AsyncFunctionPrototype.constructor;
console.log(AsyncFunctionPrototype[Symbol.toStringTag], AsyncFunction.name, AsyncFunction.length);
console.log(Object.getPrototypeOf(AsyncFunctionPrototype) === Function.prototype);
console.log(Object.getPrototypeOf(AsyncFunction) === Function, AsyncFunction.prototype === AsyncFunctionPrototype);
console.log(Object.prototype.toString.call(async () => {}), Object.prototype.toString.call(function () {}));
console.log((async () => {}).constructor.name, function () {}.constructor.name);
class Service {
  async load() {}
  static async create() {}
}
console.log(new Service().load.constructor === AsyncFunction, Service.create instanceof AsyncFunction);
console.log(Service instanceof AsyncFunction, (() => {}) instanceof AsyncFunction);
const isAsync = (fn) => fn instanceof AsyncFunction;
console.log([async () => 1, () => 1, async function named() {}].map(isAsync));
console.log(Object.getOwnPropertyDescriptor(AsyncFunctionPrototype, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(AsyncFunction, 'prototype'));
console.log(async function named() {}, async () => {}, String(Object.getPrototypeOf(async () => {})[Symbol.toStringTag]));
console.log('prototype' in (async function () {}), typeof (async () => {}).call);
