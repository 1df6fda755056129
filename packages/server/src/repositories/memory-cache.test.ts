import { describe, expect, it } from 'vitest';
import { MemoryCache } from './memory-cache.js';

function liveCache(capacity = 3, ttlMs = 1000) {
  const cache = new MemoryCache<string>(capacity, ttlMs);
  cache.setLive(true);
  return cache;
}

describe('MemoryCache', () => {
  it('keeps a value read while nothing changed, and gives it back', () => {
    const cache = liveCache();
    cache.keep('a', 'row a', cache.startRead(), 0);
    expect(cache.get('a', 1)).toBe('row a');
  });

  it('does not keep a read that was on its way while something was dropped', () => {
    const cache = liveCache();
    const read = cache.startRead();
    cache.drop('a');
    cache.keep('a', 'stale row a', read, 0);
    expect(cache.get('a', 1)).toBeUndefined();
  });

  it('drops by key and by what the value says', () => {
    const cache = liveCache();
    cache.keep('a', 'user 1', cache.startRead(), 0);
    cache.keep('b', 'user 2', cache.startRead(), 0);
    cache.drop('a');
    cache.dropWhere((value) => value === 'user 2');
    expect([cache.get('a', 1), cache.get('b', 1)]).toEqual([undefined, undefined]);
  });

  it('changes a held value in place, and keeps no read that was on its way meanwhile', () => {
    const cache = liveCache();
    cache.keep('a', 'row a at 1', cache.startRead(), 0);
    const read = cache.startRead();
    cache.update('a', (value) => value.replace('at 1', 'at 2'));
    cache.update('b', (value) => `${value}!`);
    cache.keep('c', 'row c read before the change', read, 0);
    expect([cache.get('a', 1), cache.get('b', 1), cache.get('c', 1)]).toEqual([
      'row a at 2',
      undefined,
      undefined,
    ]);
  });

  it('keeps nothing while the change feed is down, and forgets everything when it goes down', () => {
    const cache = new MemoryCache<string>(3, 1000);
    cache.keep('a', 'row a', cache.startRead(), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    cache.setLive(true);
    cache.keep('a', 'row a', cache.startRead(), 0);
    const read = cache.startRead();
    cache.setLive(false);
    cache.setLive(true);
    cache.keep('b', 'row b', read, 0);
    expect([cache.get('a', 1), cache.get('b', 1)]).toEqual([undefined, undefined]);
  });

  it('lets entries expire, and lets the least recently used go beyond its capacity', () => {
    const cache = liveCache(2, 100);
    cache.keep('a', 'row a', cache.startRead(), 0);
    cache.keep('b', 'row b', cache.startRead(), 0);
    expect(cache.get('a', 50)).toBe('row a');
    cache.keep('c', 'row c', cache.startRead(), 50);
    expect([cache.get('a', 60), cache.get('b', 60), cache.get('c', 60)]).toEqual([
      'row a',
      undefined,
      'row c',
    ]);
    expect(cache.get('a', 100)).toBeUndefined();
    expect(cache.get('c', 149)).toBe('row c');
  });
});
