// The TypeErrors for private members used on the wrong receiver, as V8 words them.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.constructor.name + ': ' + e.message);
  }
};
class Secret {
  #x = 1;
  #hidden() {
    return 'hidden';
  }
  get #ro() {
    return 'ro';
  }
  set #wo(v) {}
  static #s = 's';
  static #sm() {
    return 'static method';
  }
  static read(o) {
    return o.#x;
  }
  static write(o) {
    o.#x = 2;
    return o.#x;
  }
  static call(o) {
    return o.#hidden();
  }
  static readRo(o) {
    return o.#ro;
  }
  static writeRo(o) {
    o.#ro = 1;
  }
  static readWo(o) {
    return o.#wo;
  }
  static assignMethod(o) {
    o.#hidden = 1;
  }
  static has(o) {
    return #x in o;
  }
  static staticField(C) {
    return C.#s;
  }
  static staticMethod(C) {
    return C.#sm();
  }
  static callField(o) {
    return o.#x();
  }
  static optional(o) {
    return o?.#x;
  }
}
const s = new Secret();
t('read own', () => Secret.read(s));
t('read other', () => Secret.read({}));
t('write other', () => Secret.write({}));
t('write own', () => Secret.write(s));
t('method other', () => Secret.call({}));
t('method own', () => Secret.call(s));
t('getter own', () => Secret.readRo(s));
t('getter other', () => Secret.readRo([]));
t('no setter', () => Secret.writeRo(s));
t('no getter', () => Secret.readWo(s));
t('assign method', () => Secret.assignMethod(s));
t('in primitive', () => Secret.has(42));
t('in string', () => Secret.has('str'));
t('in object', () => Secret.has(Object.create(s)));
t('static field', () => Secret.staticField(Secret));
t('static field other', () => Secret.staticField(class {}));
t('static method', () => Secret.staticMethod(Secret));
t('static method other', () => Secret.staticMethod(function Other() {}));
t('call a field', () => Secret.callField(s));
t('null', () => Secret.read(null));
t('optional', () => Secret.optional(undefined));
class Base {
  constructor(o) {
    return o;
  }
}
class Stamp extends Base {
  #mark = 'm';
  static mark(o) {
    new Stamp(o);
    return o;
  }
  static check(o) {
    return o.#mark;
  }
}
const target = {};
t('stamped', () => Stamp.check(Stamp.mark(target)));
t('stamp twice', () => Stamp.mark(target));
console.log(target);
// An anonymous class expression is 'anonymous' in brand messages, even when NamedEvaluation names it.
const Anon = class {
  #p() {}
  static q(o) {
    return o.#p();
  }
};
t('anonymous brand', () => Anon.q({}));
t('anonymous name', () => Anon.name);
