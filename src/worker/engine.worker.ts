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

/**
 * Yields to the worker's event loop through a MessageChannel: a macrotask, so a message
 * from the page is delivered in between, without setTimeout's 4 ms clamp on nested timers,
 * which took a good part of a flood's wall-clock time budget between slices (issue 10).
 */
function messageChannelYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}

const runner = new Runner({
  createRun,
  post: (msg, transfer) => scope.postMessage(msg, transfer ?? []),
  yieldNow: messageChannelYield(),
});

scope.addEventListener('message', (e: MessageEvent) => {
  const msg: unknown = e.data;
  if (!isToWorker(msg)) return;
  if (msg.type === 'cancel') runner.cancel(msg.runId);
  else if (msg.type === 'ping') scope.postMessage({ type: 'pong', runId: msg.runId });
  else
    void runner
      .execute(msg)
      .catch((err: unknown) =>
        scope.postMessage({ type: 'error', runId: msg.runId, message: err instanceof Error ? err.message : String(err) }),
      );
});
