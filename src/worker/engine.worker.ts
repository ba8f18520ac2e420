/**
 * Web Worker entry: receives `run`/`cancel` (src/worker/protocol.ts) and runs the engine
 * off the main thread, so an infinite loop in a snippet never freezes the page.
 */
import { createRun } from '../engine/engine';
import { isToWorker, type FromWorker } from './protocol';
import { Runner } from './runner';

const scope = self as unknown as {
  postMessage(msg: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
};

const runner = new Runner({
  createRun,
  post: (msg, transfer) => scope.postMessage(msg, transfer ?? []),
  yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
});

scope.addEventListener('message', (e: MessageEvent) => {
  const msg: unknown = e.data;
  if (!isToWorker(msg)) return;
  if (msg.type === 'cancel') runner.cancel(msg.runId);
  else
    void runner
      .execute(msg)
      .catch((err: unknown) =>
        scope.postMessage({ type: 'error', runId: msg.runId, message: err instanceof Error ? err.message : String(err) }),
      );
});
