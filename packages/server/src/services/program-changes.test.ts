import type { ProgramChangeInput } from '@minimus/contract';
import { GLUTEUS_MINIMUS_PROTOCOL, newProgram } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { applyProgramChange } from './program-changes.js';

const program = newProgram({
  protocol: GLUTEUS_MINIMUS_PROTOCOL,
  injuryDate: '2026-03-02',
  side: 'left',
  timeZone: 'UTC',
});
const attribution = { author: 'Dr. Ruiz', effectiveFrom: '2026-03-10', reason: 'Seen in clinic' };

describe('applyProgramChange', () => {
  it.each<{ change: ProgramChangeInput; check: (next: typeof program) => unknown; expected: unknown }>([
    {
      change: { kind: 'lock', exerciseId: 'hip-hitch', locked: true, reason: 'r' },
      check: (next) => next.locks,
      expected: [{ ...attribution, exerciseId: 'hip-hitch', locked: true }],
    },
    {
      change: { kind: 'diagnosis', condition: 'tendinopathy', reason: 'r' },
      check: (next) => next.diagnoses,
      expected: [{ ...attribution, condition: 'tendinopathy' }],
    },
    {
      change: { kind: 'phase-override', phase: 2, reason: 'r' },
      check: (next) => next.phaseOverrides,
      expected: [{ ...attribution, phase: 2 }],
    },
    {
      change: { kind: 'sign-off', signOff: 'discharge', reason: 'r' },
      check: (next) => next.signOffs,
      expected: [{ ...attribution, kind: 'discharge' }],
    },
    {
      change: { kind: 'selection', exerciseId: 'band-side-steps', included: true, reason: 'r' },
      check: (next) => next.selections,
      expected: [{ ...attribution, exerciseId: 'band-side-steps', included: true }],
    },
    { change: { kind: 'rest-days', restDays: 6, reason: 'r' }, check: (next) => next.restDays, expected: 6 },
    {
      change: { kind: 'resistance-weekdays', weekdays: [5, 1, 3], reason: 'r' },
      check: (next) => next.resistanceWeekdays,
      expected: [1, 3, 5],
    },
  ])('applies a $change.kind change', ({ change, check, expected }) => {
    expect(check(applyProgramChange(program, change, attribution))).toEqual(expected);
  });

  it('leaves the program it was given unchanged', () => {
    const before = structuredClone(program);
    applyProgramChange(program, { kind: 'rest-days', restDays: 6, reason: 'r' }, attribution);
    expect(program).toEqual(before);
  });
});
