class Animal {
  constructor(name) {
    this.name = name;
  }
  speak() {
    return `${this.name} makes a sound`;
  }
  static create(name) {
    return new this(name);
  }
  get label() {
    return `<${this.name}>`;
  }
}
class Dog extends Animal {
  constructor(name) {
    super(name);
    this.tricks = [];
  }
  speak() {
    return `${super.speak()} (woof)`;
  }
  async learn(trick) {
    await null;
    this.tricks.push(trick);
    return this.tricks.length;
  }
}
const d = Dog.create("rex");
console.log(d.speak(), d.label, d instanceof Animal, d.constructor.name);
d.learn("sit").then((n) => console.log("learned", n, d.tricks));
console.log("sync end", d);
