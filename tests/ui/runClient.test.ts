import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PONG_MISSES,
  PONG_MS,
  RunClient,
  WATCH_GRACE_MS,
  notRunMessage,
  stuckMessage,
  type ClientMessage,
  type RunSpec,
} from '../../src/ui/runClient';
import type { FromWorker, PingRequest, RunRequest } from '../../src/worker/protocol';
import { defined } from '../support/normalize';

class FakeWorker {
  posted: (RunRequest | PingRequest)[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(m: RunRequest | PingRequest) {
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
    stderr: [],
    stderrAt: [],
    virtualTime: 0,
    mode: 'module',
    steps: 1,
    eventsTruncated: false,
    outputDropped: 0,
  },
});

/** A batch message from the worker (the client passes it on unread). */
const batch = (runId: number, model: 'js' | 'python' | 'promisio'): FromWorker =>
  ({ type: 'batch', runId, model, events: {}, digest: {} }) as unknown as FromWorker;

function setup() {
  const workers: FakeWorker[] = [];
  const got: ClientMessage[] = [];
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

  describe('watchdog', () => {
    afterEach(() => vi.useRealTimers());
    const timed: RunSpec = { source: 'x', lang: 'js', models: ['js', 'python'], budget: 10, timeBudgetMs: 1500 };
    const pings = (w: FakeWorker) => w.posted.filter((p) => p.type === 'ping').length;

    it('stops a worker that misses PONG_MISSES pings after its time budget, and reports every model it had not finished', () => {
      vi.useFakeTimers();
      const { workers, worker, got, client, runLater } = setup();
      const a = client.start(timed, 2);
      worker(0).reply({ type: 'started', runId: a });
      worker(0).reply(done(a)); // js finished
      worker(0).reply(batch(a, 'python')); // python ran, then hung
      vi.advanceTimersByTime(1500 + WATCH_GRACE_MS - 1);
      expect(pings(worker(0))).toBe(0);
      vi.advanceTimersByTime(1);
      expect(pings(worker(0))).toBe(1);
      for (let k = 2; k <= PONG_MISSES; k++) {
        vi.advanceTimersByTime(PONG_MS);
        expect(pings(worker(0))).toBe(k);
      }
      expect(worker(0).terminated).toBe(false);
      vi.advanceTimersByTime(PONG_MS - 1);
      expect(worker(0).terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(worker(0).terminated).toBe(true);
      expect(got.slice(2)).toEqual([{ type: 'stuck', runId: a, model: 'python', message: stuckMessage(1500) }]);
      expect(stuckMessage(1500)).toMatch(/^Time budget exhausted: the program ran for 1.5 s without finishing, inside one built-in call/);
      runLater();
      expect(workers.length).toBe(2);
      // Nothing more from the stopped run, and a new run goes to the spare.
      vi.advanceTimersByTime(10_000);
      expect(got.length).toBe(3);
      const b = client.start(timed, 2);
      expect(worker(1).posted.map((p) => p.runId)).toEqual([b]);
    });

    it('says a model that sent nothing was not run: the worker hung in an earlier model, before its turn', () => {
      vi.useFakeTimers();
      const { worker, got, client } = setup();
      const three: RunSpec = { ...timed, models: ['js', 'python', 'promisio'] };
      const a = client.start(three, 3);
      worker(0).reply({ type: 'started', runId: a });
      worker(0).reply(batch(a, 'js')); // js's slice handed its events over, then hung
      vi.advanceTimersByTime(1500 + WATCH_GRACE_MS + PONG_MISSES * PONG_MS);
      expect(worker(0).terminated).toBe(true);
      expect(got.filter((m) => m.type === 'stuck')).toEqual([
        { type: 'stuck', runId: a, model: 'js', message: stuckMessage(1500) },
        { type: 'stuck', runId: a, model: 'python', message: notRunMessage() },
        { type: 'stuck', runId: a, model: 'promisio', message: notRunMessage() },
      ]);
      expect(notRunMessage()).toMatch(/^Not run: the models share one engine worker/);
    });

    it('leaves a worker that answers alone, however long it takes past the budget', () => {
      vi.useFakeTimers();
      const { worker, got, client } = setup();
      const a = client.start(timed, 2);
      worker(0).reply({ type: 'started', runId: a });
      vi.advanceTimersByTime(1500 + WATCH_GRACE_MS);
      for (let k = 0; k < 20; k++) {
        worker(0).reply({ type: 'pong', runId: a });
        vi.advanceTimersByTime(PONG_MS);
      }
      expect(worker(0).terminated).toBe(false);
      expect(pings(worker(0))).toBe(21);
      worker(0).reply(done(a));
      worker(0).reply({ ...done(a), model: 'python' } as FromWorker);
      vi.advanceTimersByTime(10_000);
      expect(pings(worker(0))).toBe(21);
      expect(got.map((m) => m.type)).toEqual(['done', 'done']);
    });

    it('counts the budget from when the worker took the run, not from when it was posted', () => {
      vi.useFakeTimers();
      const { worker, client } = setup();
      const a = client.start(timed, 2);
      vi.advanceTimersByTime(10_000); // a fresh worker still loading its script
      expect(pings(worker(0))).toBe(0);
      worker(0).reply({ type: 'started', runId: a });
      vi.advanceTimersByTime(1500 + WATCH_GRACE_MS);
      expect(pings(worker(0))).toBe(1);
    });

    it('stops watching a run that is cancelled or superseded', () => {
      vi.useFakeTimers();
      const { worker, got, client } = setup();
      const a = client.start(timed, 2);
      worker(0).reply({ type: 'started', runId: a });
      client.cancel();
      vi.advanceTimersByTime(10_000);
      expect(got).toEqual([]);
      expect(pings(worker(0))).toBe(0);
    });
  });
});
