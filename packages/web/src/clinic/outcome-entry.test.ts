import { GLUTEUS_MINIMUS_PROTOCOL as protocol } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { checkOutcomeEntry } from './outcome-entry.js';

describe('checkOutcomeEntry', () => {
  it.each([
    { instrument: 'LEFS', typed: '80', expected: { kind: 'ok', total: 80 } },
    { instrument: 'LEFS', typed: ' 0 ', expected: { kind: 'ok', total: 0 } },
    { instrument: 'LEFS', typed: '81', expected: { kind: 'out-of-range', min: 0, max: 80 } },
    { instrument: 'VISA-G', typed: '100', expected: { kind: 'ok', total: 100 } },
    { instrument: 'VISA-G', typed: '101', expected: { kind: 'out-of-range', min: 0, max: 100 } },
    { instrument: 'VISA-G', typed: '-3', expected: { kind: 'out-of-range', min: 0, max: 100 } },
    { instrument: 'LEFS', typed: '42,5', expected: { kind: 'not-whole' } },
    { instrument: 'LEFS', typed: 'abc', expected: { kind: 'not-whole' } },
    { instrument: 'LEFS', typed: '', expected: { kind: 'missing' } },
  ] as const)('reads $instrument "$typed" as $expected.kind', ({ instrument, typed, expected }) => {
    expect(checkOutcomeEntry(protocol, instrument, typed)).toEqual(expected);
  });
});
