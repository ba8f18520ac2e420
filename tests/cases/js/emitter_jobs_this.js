const events = [];
class Emitter {
  constructor() { this.listeners = {}; }
  on(evt, fn) { (this.listeners[evt] ??= []).push(fn); return this; }
  emit(evt, ...args) { (this.listeners[evt] || []).forEach(fn => fn.apply(this, args)); }
}
class Job extends Emitter {
  constructor(id) { super(); this.id = id; }
  async run() {
    this.emit('start', this.id);
    await new Promise(r => setTimeout(r, 10 * this.id));
    this.emit('done', this.id, this.id * 100);
  }
}
const jobs = [3, 1, 2].map(id => new Job(id).on('start', id => console.log('start', id)).on('done', function (id, v) { console.log('done', id, v, this instanceof Job); }));
Promise.all(jobs.map(j => j.run())).then(() => console.log('all done', jobs.length));
console.log(jobs[0]);
