import { describe, expect, it } from 'vitest';
import { type OwnedRow, ownershipProblems } from './record-owners.js';

const row = (owners: Record<string, string>, content = 'c1'): OwnedRow => ({
  owners: JSON.stringify(owners),
  content,
});
const before = new Map([
  ['check_in:1', row({ patient_id: 'mine' })],
  ['check_in:2', row({ patient_id: 'theirs' })],
  ['patient:theirs', row({ clinic_id: 'other' })],
]);

describe('ownershipProblems', () => {
  it('accepts new records of the caller and changes to them', () => {
    const after = new Map([...before, ['check_in:3', row({ patient_id: 'mine' })]]);
    after.set('check_in:1', row({ patient_id: 'mine' }, 'c2'));
    expect(ownershipProblems(before, after, ['theirs', 'other'])).toEqual([]);
  });

  it('reports a record moved to another owner', () => {
    const after = new Map([...before, ['check_in:1', row({ patient_id: 'theirs' })]]);
    expect(ownershipProblems(before, after, ['theirs'])).toEqual([
      'check_in:1 moved from {"patient_id":"mine"} to {"patient_id":"theirs"}',
    ]);
  });

  it("reports another owner's record changed or deleted, by owner column or by key", () => {
    const after = new Map([...before, ['check_in:2', row({ patient_id: 'theirs' }, 'c2')]]);
    after.delete('patient:theirs');
    expect(ownershipProblems(before, after, ['theirs'])).toEqual([
      'check_in:2 of another owner changed',
      'patient:theirs of another owner changed',
    ]);
  });

  it('reports a record created for another owner', () => {
    const after = new Map([...before, ['psfs_entry:9', row({ patient_id: 'theirs' })]]);
    expect(ownershipProblems(before, after, ['theirs'])).toEqual([
      'psfs_entry:9 was created for {"patient_id":"theirs"}',
    ]);
  });
});
