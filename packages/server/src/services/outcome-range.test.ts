import { GLUTEUS_MINIMUS_PROTOCOL } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error.js';
import { requireOutcomeTotalInRange } from './measurement-service.js';

/** A protocol whose LEFS range is narrower than the instrument's, as a later version might have. */
const narrower = {
  outcomes: {
    ...GLUTEUS_MINIMUS_PROTOCOL.outcomes,
    totalScoreOnly: [{ id: 'LEFS', min: 0, max: 60, higherIsBetter: true }],
  },
} as const;

function refusal(run: () => void): unknown {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? { code: error.code, errors: error.errors } : error;
  }
}

describe("an outcome total is checked against the patient's own protocol", () => {
  it.each([
    { name: 'the gluteus minimus protocol', protocol: GLUTEUS_MINIMUS_PROTOCOL, total: 80, refused: null },
    {
      name: 'the gluteus minimus protocol',
      protocol: GLUTEUS_MINIMUS_PROTOCOL,
      total: 81,
      refused: 'LEFS totals run from 0 to 80',
    },
    { name: 'a narrower protocol', protocol: narrower, total: 60, refused: null },
    { name: 'a narrower protocol', protocol: narrower, total: 70, refused: 'LEFS totals run from 0 to 60' },
  ])('under $name a LEFS total of $total is refused with: $refused', ({ protocol, total, refused }) => {
    const outcome = refusal(() => requireOutcomeTotalInRange(protocol, { instrument: 'LEFS', total }));
    expect(outcome).toEqual(
      refused === null ? null : { code: 'validation_failed', errors: [{ path: 'total', message: refused }] },
    );
  });
});
