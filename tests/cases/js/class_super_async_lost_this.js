class Animal {
  constructor(name) { this.name = name; }
  async speak() {
    await new Promise(r => setTimeout(r, 10));
    return `${this.name} makes a sound`;
  }
  toString() { return `Animal(${this.name})`; }
}
class Dog extends Animal {
  async speak() {
    const base = await super.speak();
    return base + ' (woof)';
  }
  static create(n) { return new Dog(n); }
}
const d = Dog.create('Rex');
d.speak().then(s => console.log(s));
console.log(String(d), `${d}`, d instanceof Animal);
console.log(d);
const speak = d.speak;
speak().catch(e => console.log('lost this:', e.constructor.name, e.message));
console.log([d, { a: 1, b: [1, 2, { c: 'x' }] }]);
