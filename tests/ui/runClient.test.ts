import { describe, expect, it } from 'vitest';
import { RunClient, type RunSpec } from '../../src/ui/runClient';
import type { FromWorker, RunRequest } from '../../src/worker/protocol';
import { defined } from '../support/normalize';

class FakeWorker {
  posted: RunRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: RunRequest) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(m: FromWorker) {
    this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
  }
}

const spec: RunSpec = { source: 'x', lang: 'py', models: ['js'], budget: 10 };
const done = (runId: number): FromWorker => ({
  type: 'done',
  runId,
  model: 'js',
  result: {
    model: 'js',
    stdout: [],
    error: null,
    errorKind: null,
    errorAt: null,
    errorPos: null,
    warnings: [],
    virtualTime: 0,
    mode: 'module',
    steps: 1,
    eventsTruncated: false,
    outputDropped: 0,
  },
});

function setup() {
  const workers: FakeWorker[] = [];
  const got: FromWorker[] = [];
  const tasks: (() => void)[] = [];
  const client = new RunClient(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    (m) => got.push(m),
    (fn) => tasks.push(fn),
  );
  const worker = (k: number) => defined(workers[k], `worker #${k}`);
  const runLater = () => tasks.splice(0).forEach((fn) => fn());
  return { workers, worker, got, client, runLater };
}

describe('RunClient', () => {
  it('reuses an idle worker and terminates a busy one when a run is superseded', () => {
    const { workers, worker, got, client } = setup();
    const a = client.start(spec, 1);
    worker(0).reply(done(a));
    const b = client.start(spec, 1);
    expect(workers.length).toBe(1);
    expect(worker(0).posted.map((p) => p.runId)).toEqual([a, b]);
    const c = client.start(spec, 1); // b still running
    expect(worker(0).terminated).toBe(true);
    expect(workers.length).toBe(2);
    worker(0).reply(done(b)); // a late reply of the superseded run (dropped)
    worker(1).reply(done(c));
    expect(got.map((m) => m.runId)).toEqual([a, c]);
  });

  it('cancels by terminating the worker, and starts a spare one in a later task', () => {
    const { workers, worker, got, client, runLater } = setup();
    const a = client.start(spec, 1);
    client.cancel();
    expect(worker(0).terminated).toBe(true);
    expect(workers.length).toBe(1);
    worker(0).reply(done(a));
    expect(got).toEqual([]);
    runLater();
    expect(workers.length).toBe(2);
    const b = client.start(spec, 1);
    expect(workers.length).toBe(2);
    expect(worker(1).posted.map((p) => p.runId)).toEqual([b]);
  });

  it('starts no spare once disposed, and none after cancelling an idle client', () => {
    const { workers, client, runLater } = setup();
    client.cancel();
    runLater();
    expect(workers.length).toBe(0);
    client.start(spec, 1);
    client.cancel();
    client.dispose();
    runLater();
    expect(workers.length).toBe(1);
  });

  it('turns a worker crash into an error message', () => {
    const { worker, got, client } = setup();
    const a = client.start(spec, 1);
    worker(0).onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    expect(got).toEqual([{ type: 'error', runId: a, message: 'The engine worker failed: boom' }]);
    expect(worker(0).terminated).toBe(true);
  });
});
