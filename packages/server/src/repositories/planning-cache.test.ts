import { EMPTY_HISTORY, GLUTEUS_MINIMUS_PROTOCOL, type IsoDate, newProgram, planDay } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { PlanningCache, type PlanningState } from './planning-cache.js';

function state(patientId: string): PlanningState {
  return {
    patientId,
    protocol: GLUTEUS_MINIMUS_PROTOCOL,
    program: newProgram({
      protocol: GLUTEUS_MINIMUS_PROTOCOL,
      injuryDate: '2026-01-05',
      side: 'right',
      timeZone: 'Europe/Madrid',
    }),
    version: 1,
    history: EMPTY_HISTORY,
  };
}

describe('PlanningCache', () => {
  it('answers only for the data version a state was read at', () => {
    const cache = new PlanningCache(10);
    const read = state('p1');
    cache.put('p1', 4, read);
    expect(cache.get('p1', 4)).toBe(read);
    expect(cache.get('p1', 5)).toBeUndefined();
    expect(cache.get('p2', 4)).toBeUndefined();
  });

  it('keeps the newer state when a slower request brings an older one back', () => {
    const cache = new PlanningCache(10);
    const newer = state('p1');
    cache.put('p1', 6, newer);
    cache.put('p1', 5, state('p1'));
    expect(cache.get('p1', 6)).toBe(newer);
  });

  it('computes a date’s plan once per cached state, and every time for a state it does not hold', () => {
    const cache = new PlanningCache(10);
    const held = state('p1');
    cache.put('p1', 1, held);
    let computed = 0;
    const compute = (from: PlanningState, date: IsoDate) => () => {
      computed += 1;
      return planDay({ protocol: from.protocol, program: from.program, history: from.history, date });
    };
    const first = cache.plan(held, '2026-01-20', compute(held, '2026-01-20'));
    expect(cache.plan(held, '2026-01-20', compute(held, '2026-01-20'))).toBe(first);
    const other = state('p2');
    cache.plan(other, '2026-01-20', compute(other, '2026-01-20'));
    cache.plan(other, '2026-01-20', compute(other, '2026-01-20'));
    expect(computed).toBe(3);
  });

  it('lets the least recently used patient go beyond its capacity', () => {
    const cache = new PlanningCache(2);
    cache.put('p1', 1, state('p1'));
    cache.put('p2', 1, state('p2'));
    cache.get('p1', 1);
    cache.put('p3', 1, state('p3'));
    expect([cache.get('p1', 1), cache.get('p2', 1), cache.get('p3', 1)].map(Boolean)).toEqual([
      true,
      false,
      true,
    ]);
    expect(cache.size).toBe(2);
  });
});
