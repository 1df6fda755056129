/** One item waiting for a batched call, and how to settle its caller. */
export interface Waiting<T, R> {
  item: T;
  done: (value: R) => void;
  failed: (reason: unknown) => void;
}

/**
 * Group commit: the items given while a call is on its way go together in the next call, and each
 * caller settles when `send` settles its own item. With `waitForTurn`, a first item waits for the rest
 * of this turn of the event loop, so the requests handled in it share the call; without, a lone item is
 * sent at once. `send` settles every item of its batch; if it throws instead, the batch fails with it.
 *
 * @example
 * const record = groupCommit<Row, void>(async (batch) => { await insertAll(batch.map((w) => w.item)); for (const w of batch) w.done(); }, { waitForTurn: true });
 */
export function groupCommit<T, R>(
  send: (batch: Waiting<T, R>[]) => Promise<void>,
  options: { waitForTurn: boolean },
): (item: T) => Promise<R> {
  let waiting: Waiting<T, R>[] = [];
  let sending = false;

  async function drain(): Promise<void> {
    try {
      while (waiting.length > 0) {
        const batch = waiting;
        waiting = [];
        await send(batch).catch((reason: unknown) => {
          for (const call of batch) call.failed(reason);
        });
      }
    } finally {
      sending = false;
    }
  }

  return (item) =>
    new Promise<R>((done, failed) => {
      waiting.push({ item, done, failed });
      if (sending) return;
      sending = true;
      if (options.waitForTurn) setImmediate(() => void drain());
      else void drain();
    });
}
