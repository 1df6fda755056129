import { describe, expect, it } from 'vitest';
import { GLUTEUS_MINIMUS_PROTOCOL } from '../protocol/gluteus-minimus.js';
import { newProgram } from './new-program.js';
import { applyProgramChange, checkChangeDate, type ProgramChange } from './program-change.js';

const program = newProgram({
  protocol: GLUTEUS_MINIMUS_PROTOCOL,
  injuryDate: '2026-03-02',
  side: 'left',
  timeZone: 'UTC',
});
const attribution = { author: 'Dr. Ruiz', effectiveFrom: '2026-03-10', reason: 'Seen in clinic' };

describe('a therapist change appends a dated, attributed entry or sets a plain setting', () => {
  it.each<{ change: ProgramChange; check: (next: typeof program) => unknown; expected: unknown }>([
    {
      change: {
        kind: 'dose-edit',
        exerciseId: 'hip-hitch',
        sets: 2,
        reps: null,
        holdSeconds: 10,
        effort: null,
        loadKg: null,
        loadKind: null,
        frequency: 'daily',
        reason: 'r',
      },
      check: (next) => next.doseEdits,
      expected: [
        {
          ...attribution,
          exerciseId: 'hip-hitch',
          sets: 2,
          reps: null,
          holdSeconds: 10,
          effort: null,
          loadKg: null,
          loadKind: null,
          frequency: 'daily',
        },
      ],
    },
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
    const before: typeof program = JSON.parse(JSON.stringify(program));
    applyProgramChange(program, { kind: 'rest-days', restDays: 6, reason: 'r' }, attribution);
    expect(program).toEqual(before);
  });
});

describe('a change takes effect on or after the program start', () => {
  it.each([
    { effectiveFrom: '2026-03-01', expected: { kind: 'before-start', startDate: '2026-03-02' } },
    { effectiveFrom: '2026-03-02', expected: { kind: 'ok' } },
    { effectiveFrom: '2026-04-20', expected: { kind: 'ok' } },
  ])('a change from $effectiveFrom is $expected.kind', ({ effectiveFrom, expected }) => {
    expect(checkChangeDate(program, effectiveFrom)).toEqual(expected);
  });
});
