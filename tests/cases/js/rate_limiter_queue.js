const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class RateLimiter {
  constructor(limit) { this.limit = limit; this.active = 0; this.queue = []; }
  async run(fn) {
    if (this.active >= this.limit) await new Promise((r) => this.queue.push(r));
    this.active++;
    try { return await fn(); }
    finally { this.active--; const next = this.queue.shift(); if (next) next(); }
  }
}
const limiter = new RateLimiter(2);
const start = Date.now();
const task = (id, ms) => limiter.run(async () => {
  console.log(`start ${id} active=${limiter.active}`);
  await sleep(ms);
  console.log(`end ${id}`);
  return id * 10;
});
Promise.all([task(1, 40), task(2, 170), task(3, 40), task(4, 40)]).then((r) => console.log('results', r));
