const { EventEmitter } = require('events');
class Job extends EventEmitter {
  run() {
    process.nextTick(() => this.emit('start', 1));
    setTimeout(() => this.emit('done', 2), 0);
    Promise.resolve().then(() => this.emit('progress', 50));
  }
}
const j = new Job();
j.on('start', (x) => console.log('start', x));
j.once('progress', (p) => console.log('progress', p));
j.on('done', (x) => console.log('done', x, j.listenerCount('done')));
j.run();
console.log('sync end', j.eventNames());
