// The Node side of `npm run bench` (started by bench/sides/sides.ts), plain JavaScript so that plain
// `node` runs it with no loader in between. Kept alive (warm: the same process runs a program
// again and again, its functions JIT-compiled by then) or started for one request (cold).
// Each request is one JSON line on stdin, {"file"}: an ES module whose default export is the
// program's body as an async function taking `console`; each answer one JSON line,
// {"ms", "cpu", "stdout"} (wall and
// process CPU milliseconds). The interval covers the program, its microtasks and its timers.
// Loading the module is outside it.
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const loaded = new Map();

async function run(file) {
  let body = loaded.get(file);
  if (!body) {
    body = (await import(pathToFileURL(file).href)).default;
    loaded.set(file, body);
  }
  const stdout = [];
  const console = { log: (...args) => stdout.push(args.join(' ')) };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await body(console);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpu: (c.user + c.system) / 1000, stdout };
}

process.stdout.write(JSON.stringify({ version: `Node ${process.version}` }) + '\n');
for await (const line of createInterface({ input: process.stdin })) {
  let answer;
  try {
    answer = await run(JSON.parse(line).file);
  } catch (e) {
    answer = { error: String(e) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
