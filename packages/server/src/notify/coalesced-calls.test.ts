import { describe, expect, it } from 'vitest';
import { coalescedCalls } from './coalesced-calls.js';

describe('coalesced calls', () => {
  it('runs the calls made together as one, each caller getting its own answer', async () => {
    const runs: number[][] = [];
    const double = coalescedCalls(async (items: number[]) => {
      runs.push(items);
      return items.map((item) => item * 2);
    });
    await expect(Promise.all([double(1), double(2), double(3)])).resolves.toEqual([2, 4, 6]);
    expect(runs).toEqual([[1, 2, 3]]);
  });

  it('runs calls made after a batch went out as a new batch', async () => {
    const runs: number[][] = [];
    const echo = coalescedCalls(async (items: number[]) => {
      runs.push(items);
      return items;
    });
    await echo(1);
    await Promise.all([echo(2), echo(3)]);
    expect(runs).toEqual([[1], [2, 3]]);
  });

  it('waits the given time for more calls before running', async () => {
    const runs: number[][] = [];
    const echo = coalescedCalls(
      async (items: number[]) => {
        runs.push(items);
        return items;
      },
      { waitMs: 30 },
    );
    const first = echo(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all([first, echo(2)]);
    expect(runs).toEqual([[1, 2]]);
  });

  it('rejects every call of a batch whose run failed, and serves the next batch', async () => {
    let fail = true;
    const call = coalescedCalls(async (items: number[]) => {
      if (fail) throw new Error('database unavailable');
      return items;
    });
    const results = await Promise.allSettled([call(1), call(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(call(3)).resolves.toBe(3);
  });

  it('rejects a call the run gave no answer for', async () => {
    const short = coalescedCalls(async (items: number[]) => items.slice(1));
    const results = await Promise.allSettled([short(1), short(2)]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
  });
});
