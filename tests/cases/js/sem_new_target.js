// new.target: the constructor `new` was applied to; undefined in a plain call.
function Plain() {
  console.log('Plain new.target is Plain:', new.target === Plain, typeof new.target);
}
new Plain();
Plain();
function MustNew() {
  if (!new.target) throw new TypeError('MustNew requires new');
  this.made = true;
}
try {
  MustNew();
} catch (e) {
  console.log(e.message);
}
console.log(new MustNew());
class Base {
  constructor() {
    console.log('Base sees', new.target.name);
    const arrow = () => new.target;
    console.log('arrow sees', arrow().name);
  }
}
class Derived extends Base {
  constructor() {
    super();
    console.log('Derived sees', new.target.name);
  }
}
new Base();
new Derived();
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError('Abstract is abstract');
  }
}
class Concrete extends Abstract {}
try {
  new Abstract();
} catch (e) {
  console.log(e.message);
}
console.log(new Concrete());
const obj = {
  m() {
    return new.target;
  },
};
console.log(obj.m());
