import { describe, expect, it } from 'vitest';
import { GLUTEUS_MINIMUS_PROTOCOL } from '../protocol/gluteus-minimus.js';
import { checkOutcomeTotal, checkOutcomeTotalInAny, outcomeRange } from './outcome-ranges.js';

const measures = GLUTEUS_MINIMUS_PROTOCOL.outcomes;

describe('an outcome total must lie in its instrument range under the patient protocol', () => {
  it.each([
    { instrument: 'LEFS', total: 0, expected: { kind: 'ok' } },
    { instrument: 'LEFS', total: 80, expected: { kind: 'ok' } },
    { instrument: 'LEFS', total: 81, expected: { kind: 'out-of-range', min: 0, max: 80 } },
    { instrument: 'VISA-G', total: 100, expected: { kind: 'ok' } },
    { instrument: 'VISA-G', total: 101, expected: { kind: 'out-of-range', min: 0, max: 100 } },
    { instrument: 'VISA-G', total: -1, expected: { kind: 'out-of-range', min: 0, max: 100 } },
  ] as const)('a $instrument total of $total is $expected.kind', ({ instrument, total, expected }) => {
    expect(checkOutcomeTotal(measures, instrument, total)).toEqual(expected);
  });

  it('takes the range from the protocol it is given, not from a fixed one', () => {
    const narrower = { totalScoreOnly: [{ id: 'LEFS', min: 0, max: 60, higherIsBetter: true }] } as const;
    expect(checkOutcomeTotal(narrower, 'LEFS', 70)).toEqual({ kind: 'out-of-range', min: 0, max: 60 });
  });

  it('takes any total of an instrument the protocol does not bound', () => {
    const none = { totalScoreOnly: [] };
    expect(outcomeRange(none, 'VISA-G')).toBeNull();
    expect(checkOutcomeTotal(none, 'VISA-G', 500)).toEqual({ kind: 'ok' });
  });
});

describe('a request is refused before its patient is known only when no protocol takes the total', () => {
  const narrow = {
    outcomes: { totalScoreOnly: [{ id: 'LEFS', min: 0, max: 60, higherIsBetter: true }] },
  } as const;
  const wide = {
    outcomes: { totalScoreOnly: [{ id: 'LEFS', min: 0, max: 80, higherIsBetter: true }] },
  } as const;

  it.each([
    { total: 50, expected: { kind: 'ok' } },
    { total: 70, expected: { kind: 'ok' } },
    { total: 90, expected: { kind: 'out-of-range', min: 0, max: 60 } },
  ] as const)('a LEFS total of $total is $expected.kind', ({ total, expected }) => {
    expect(checkOutcomeTotalInAny([narrow, wide], 'LEFS', total)).toEqual(expected);
  });

  it('takes any total when there is no protocol to ask', () => {
    expect(checkOutcomeTotalInAny([], 'LEFS', 500)).toEqual({ kind: 'ok' });
  });
});
