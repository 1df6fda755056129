import { describe, expect, it } from 'vitest';
import { outcomeScoreInput, strengthTestInput } from './records.js';

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
