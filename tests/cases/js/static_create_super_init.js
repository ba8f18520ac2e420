class Base {
  static async create(...args) { const o = new this(...args); await o.init(); return o; }
  async init() { this.ready = true; console.log('Base.init', this.constructor.name); }
}
class Service extends Base {
  constructor(name) { super(); this.name = name; this.ready = false; }
  async init() {
    await super.init();
    const later = async () => { await null; return this.name + ' ready=' + this.ready; };
    console.log(await later());
  }
  get status() { return Promise.resolve(this.ready ? 'up' : 'down'); }
}
Service.create('api').then(async s => {
  console.log(await s.status, s);
  const { init } = s;
  try { await init(); } catch (e) { console.log(e.constructor.name, e.message); }
});
