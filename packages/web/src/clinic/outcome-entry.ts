import { checkOutcomeTotal, type Protocol } from '@minimus/core';
import type { OutcomeInstrument } from './records-api.js';

export type OutcomeEntryCheck =
  | { kind: 'ok'; total: number }
  | { kind: 'missing' }
  | { kind: 'not-whole' }
  | { kind: 'out-of-range'; min: number; max: number };

/**
 * Reads a typed LEFS or VISA-G total against the protocol's range for that instrument, so the form can
 * say what is wrong before sending; the server checks the same range.
 * @example checkOutcomeEntry(protocol, 'LEFS', '85') // { kind: 'out-of-range', min: 0, max: 80 }
 */
export function checkOutcomeEntry(
  protocol: Pick<Protocol, 'outcomes'>,
  instrument: OutcomeInstrument,
  typed: string,
): OutcomeEntryCheck {
  const text = typed.trim().replace(',', '.');
  if (text === '') return { kind: 'missing' };
  const total = Number(text);
  if (!Number.isFinite(total) || !Number.isInteger(total)) return { kind: 'not-whole' };
  const range = checkOutcomeTotal(protocol.outcomes, instrument, total);
  return range.kind === 'ok' ? { kind: 'ok', total } : range;
}
