import type { OutcomeScore } from '../history/history.js';
import type { OutcomeMeasures } from '../protocol/protocol.js';

/** The range of an instrument's total, whole points, both ends included. */
export interface OutcomeRange {
  min: number;
  max: number;
}

export type OutcomeTotalCheck = { kind: 'ok' } | ({ kind: 'out-of-range' } & OutcomeRange);

/**
 * The range of a total-score instrument under a protocol, or null when the protocol does not use it.
 *
 * @example
 * outcomeRange(GLUTEUS_MINIMUS_PROTOCOL.outcomes, 'LEFS'); // { min: 0, max: 80 }
 */
export function outcomeRange(
  measures: Pick<OutcomeMeasures, 'totalScoreOnly'>,
  instrument: OutcomeScore['instrument'],
): OutcomeRange | null {
  const found = measures.totalScoreOnly.find((candidate) => candidate.id === instrument);
  return found ? { min: found.min, max: found.max } : null;
}

/**
 * Whether a total lies in the instrument's range under the protocol the patient's program follows. An
 * instrument the protocol does not bound is taken as it is.
 *
 * @example
 * checkOutcomeTotal(GLUTEUS_MINIMUS_PROTOCOL.outcomes, 'LEFS', 85); // { kind: 'out-of-range', min: 0, max: 80 }
 */
export function checkOutcomeTotal(
  measures: Pick<OutcomeMeasures, 'totalScoreOnly'>,
  instrument: OutcomeScore['instrument'],
  total: number,
): OutcomeTotalCheck {
  const range = outcomeRange(measures, instrument);
  if (range && (total < range.min || total > range.max)) return { kind: 'out-of-range', ...range };
  return { kind: 'ok' };
}

/**
 * Whether some protocol of a list takes the total: the check a request can make before anyone knows
 * which patient's protocol applies. Refused, it names the range of the first protocol.
 *
 * @example
 * checkOutcomeTotalInAny(PROTOCOLS, 'VISA-G', 101); // { kind: 'out-of-range', min: 0, max: 100 }
 */
export function checkOutcomeTotalInAny(
  protocols: readonly { outcomes: Pick<OutcomeMeasures, 'totalScoreOnly'> }[],
  instrument: OutcomeScore['instrument'],
  total: number,
): OutcomeTotalCheck {
  const checks = protocols.map((protocol) => checkOutcomeTotal(protocol.outcomes, instrument, total));
  return checks.find((check) => check.kind === 'ok') ?? checks[0] ?? { kind: 'ok' };
}
