import { describe, expect, it } from 'vitest';
import { outcomeScoreInput, sessionLogInput, strengthTestInput } from './records.js';

const strengthTest = {
  date: '2026-03-10',
  method: 'dynamometer',
  injuredSide: 180,
  uninjuredSide: 200,
  loadKg: null,
};

describe('measured values fit the database columns', () => {
  it.each([
    { field: 'injuredSide', value: 1e-300, ok: false },
    { field: 'injuredSide', value: 0, ok: true },
    { field: 'injuredSide', value: 0.001, ok: true },
    { field: 'uninjuredSide', value: 0, ok: false },
    { field: 'uninjuredSide', value: 1e-40, ok: false },
    { field: 'loadKg', value: 1e-300, ok: false },
    { field: 'loadKg', value: 2.5, ok: true },
  ])('a strength test with $field = $value is accepted: $ok', (row) => {
    expect(strengthTestInput.safeParse({ ...strengthTest, [row.field]: row.value }).success).toBe(row.ok);
  });

  it('refuses an outcome score that is not a whole number, naming the field', () => {
    const result = outcomeScoreInput.safeParse({ date: '2026-03-10', instrument: 'LEFS', total: 1e-300 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['total']);
  });

  it.each([
    { instrument: 'LEFS', total: 80, valid: true },
    { instrument: 'LEFS', total: 81, valid: false },
    { instrument: 'VISA-G', total: 100, valid: true },
    { instrument: 'VISA-G', total: 101, valid: false },
    { instrument: 'VISA-G', total: -1, valid: false },
    { instrument: 'LEFS', total: 0, valid: true },
  ])('takes a $instrument total of $total: $valid', ({ instrument, total, valid }) => {
    const result = outcomeScoreInput.safeParse({ date: '2026-03-10', instrument, total });
    expect(result.success).toBe(valid);
    if (!valid) expect(result.error?.issues[0]?.path).toEqual(['total']);
  });

  it('says the range of the instrument when a total is above it', () => {
    const result = outcomeScoreInput.safeParse({ date: '2026-03-10', instrument: 'LEFS', total: 90 });
    expect(result.error?.issues[0]?.message).toBe('LEFS totals run from 0 to 80');
  });
});

describe("a session log's camera counts", () => {
  const logWith = (camera: unknown) => ({
    clientId: '7b0f2c1e-4d3a-4c5b-9e8f-1a2b3c4d5e6f',
    date: '2026-03-10',
    baselinePain: 2,
    exercises: [
      {
        exerciseId: 'sidelying-abduction',
        sets: [{ reps: 10, holdSeconds: null, loadKg: 0, camera }],
        painScore: 2,
        stoppedEarly: false,
      },
    ],
  });

  it.each([
    { what: 'one peak angle per counted rep', camera: { reps: 2, peakDegrees: [31.2, 29.8] }, ok: true },
    { what: 'no reps counted', camera: { reps: 0, peakDegrees: [] }, ok: true },
    { what: 'fewer angles than reps', camera: { reps: 3, peakDegrees: [31.2] }, ok: false },
    { what: 'an angle beyond what a leg can show', camera: { reps: 1, peakDegrees: [400] }, ok: false },
    {
      what: 'a picture',
      camera: { reps: 1, peakDegrees: [30], frame: 'data:image/png;base64,AAAA' },
      ok: false,
    },
  ])('with $what is accepted: $ok', ({ camera, ok }) => {
    expect(sessionLogInput.safeParse(logWith(camera)).success).toBe(ok);
  });

  it('may be left out (the set was done with the timer)', () => {
    const { sets, ...exercise } = logWith(undefined).exercises[0] ?? { sets: [] };
    const log = {
      ...logWith(undefined),
      exercises: [{ ...exercise, sets: [{ reps: 10, holdSeconds: null, loadKg: 0 }] }],
    };
    expect(sets).toHaveLength(1);
    expect(sessionLogInput.safeParse(log).success).toBe(true);
  });
});
