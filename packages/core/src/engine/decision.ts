import type { Attribution } from '../program/program.js';
import type { Text } from '../protocol/types.js';
import type { DataValue, Decision, RuleId } from './plan.js';

type Subject = Decision['subject'];
type Data = Readonly<Record<string, DataValue>>;

/** A decision taken by an engine rule. */
export function ruleDecision(ruleId: RuleId, subject: Subject, text: Text, data: Data): Decision {
  return { ruleId, subject, source: 'engine', author: null, text, data };
}

/** A decision a therapist took; the engine reports it as an override with its author and reason. */
export function therapistDecision(
  ruleId: RuleId,
  subject: Subject,
  attribution: Attribution,
  text: Text,
  data: Data,
): Decision {
  return {
    ruleId,
    subject,
    source: 'therapist',
    author: attribution.author,
    text,
    data: { ...data, effectiveFrom: attribution.effectiveFrom, reason: attribution.reason },
  };
}

/** Formats a number for people: no trailing zeros, at most one decimal. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
