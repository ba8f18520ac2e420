class Pipeline {
  stages = [];
  use = (fn) => { this.stages.push(fn); return this; };
  async run(input) {
    let value = input;
    for (const [i, stage] of this.stages.entries()) {
      try {
        value = await stage(value);
        console.log(`stage ${i} -> ${JSON.stringify(value)}`);
      } catch (err) {
        console.log(`stage ${i} failed: ${err.message}`);
        throw new Error(`pipeline aborted at ${i}`, { cause: err });
      }
    }
    return value;
  }
}
const p = new Pipeline();
p.use(async (x) => x + 1).use((x) => x * 2).use(async (x) => { await new Promise((r) => setTimeout(r, 10)); return { total: x }; });
p.run(1).then((v) => console.log('result', v));
const bad = new Pipeline();
bad.use((x) => x).use(async () => { throw new SyntaxError('bad stage'); }).use(() => 'unreachable');
bad.run(0).catch((e) => console.log(e.message, '<-', e.cause.name, e.cause.message));
