/**
 * One function of many items called as many calls of one item: the calls made while the current batch
 * of callbacks runs (before the event loop turns), or within `waitMs` of the first one, go to `run`
 * together, and each caller gets its own answer. Used to turn the claims and outcomes of a batch of messages sent at once into one statement
 * each instead of one per message.
 *
 * @example
 * const claim = coalescedCalls((keys: string[]) => repository.claimDeliveries(keys));
 * await Promise.all([claim('a'), claim('b')]); // one call of claimDeliveries(['a', 'b'])
 */
export function coalescedCalls<T, R>(
  run: (items: T[]) => Promise<R[]>,
  options: { waitMs?: number } = {},
): (item: T) => Promise<R> {
  let pending: { item: T; resolve: (value: R) => void; reject: (reason: unknown) => void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    run(batch.map((call) => call.item)).then(
      (answers) => {
        batch.forEach((call, index) => {
          if (index < answers.length) call.resolve(answers[index] as R);
          else call.reject(new Error('a coalesced call got no answer'));
        });
      },
      (reason: unknown) => {
        for (const call of batch) call.reject(reason);
      },
    );
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      if (pending.length === 0) {
        if (options.waitMs) setTimeout(flush, options.waitMs);
        else setImmediate(flush);
      }
      pending.push({ item, resolve, reject });
    });
}
