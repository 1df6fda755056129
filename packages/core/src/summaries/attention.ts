import type { IsoDate } from '../calendar/calendar.js';
import type { DataValue, DayPlan } from '../engine/plan.js';
import type { Text } from '../protocol/types.js';

/** A gate or choice the program waits on until the therapist signs it off. */
export type SignOffGate = 'discharge' | 'phase-3-exercises' | 'tendinopathy-isometrics';

/** An open alert the therapist has been told of, with its message for the therapist. */
export interface OpenAlert {
  id: string;
  kind: string;
  severity: string;
  date: IsoDate;
  ruleId: string;
  message: Text;
}

/**
 * Why a patient needs the therapist, as data: a code and its parameters, worded by the reader's app in
 * the reader's language. Alert reasons carry the alert's own words in both languages.
 */
export type AttentionReason =
  | { code: 'program-suspended'; params: { since: IsoDate | null } }
  | { code: 'awaiting-confirmation'; params: { startDate: IsoDate } }
  | {
      code: 'alert';
      params: {
        alertId: string;
        kind: string;
        severity: string;
        ruleId: string;
        date: IsoDate;
        message: Text;
      };
    }
  | {
      code: 'awaiting-sign-off';
      params: {
        gate: SignOffGate;
        ruleId: string;
        alertId: string | null;
        date: IsoDate;
        message: Text | null;
      };
    }
  | { code: 'no-data'; params: { days: number } }
  | { code: 'no-data-yet'; params: Record<string, never> }
  | { code: 'low-adherence'; params: { percent: number } }
  | { code: 'unread-messages'; params: { count: number } };

export type AttentionCode = AttentionReason['code'];

/**
 * The order the clinic looks at patients in, most urgent first (the issue "Clinician app and exports"):
 * red flags, significant setbacks, other alerts, a gate awaiting the therapist's sign-off, no data for
 * 3 days, low adherence. A patient's tier is that of the most urgent reason.
 */
export const ATTENTION_TIERS = {
  redFlag: 6,
  significantSetback: 5,
  alert: 4,
  awaitingSignOff: 3,
  noData: 2,
  lowAdherence: 1,
  nothing: 0,
} as const;

export type AttentionTier = (typeof ATTENTION_TIERS)[keyof typeof ATTENTION_TIERS];

export interface Attention {
  tier: AttentionTier;
  /** Sorts patients: higher first. A higher tier always outweighs any number of lower reasons. */
  score: number;
  reasons: AttentionReason[];
}

/** Days without any logged data before the list says so. */
export const QUIET_DAYS = 3;
/** Share of prescribed sessions in the last 7 days below which adherence is called low. */
export const LOW_ADHERENCE = 0.5;
const TIER_WEIGHT = 1_000_000;
const SEVERITY_POINTS: Readonly<Record<string, number>> = {
  emergency: 400,
  urgent: 300,
  warning: 200,
  info: 100,
};
const CONFIRMATION_GATES: Readonly<Record<string, SignOffGate>> = {
  'phase-3.awaiting-choice': 'phase-3-exercises',
  'condition.provisional': 'tendinopathy-isometrics',
  // The rule ids these tasks had before protocol 2.0's pathways, for alerts stored under them.
  'exercise.selection': 'phase-3-exercises',
  'tendinopathy.neutral-isometrics': 'tendinopathy-isometrics',
};

/** The tier one reason puts a patient in. */
export function tierOf(reason: AttentionReason): AttentionTier {
  switch (reason.code) {
    case 'program-suspended':
      return ATTENTION_TIERS.redFlag;
    case 'awaiting-confirmation':
      // Near the top (CLINICAL 1): the patient has no exercises until the therapist confirms.
      return ATTENTION_TIERS.significantSetback;
    case 'alert':
      if (reason.params.kind === 'red-flag') return ATTENTION_TIERS.redFlag;
      if (reason.params.kind === 'significant-setback') return ATTENTION_TIERS.significantSetback;
      return ATTENTION_TIERS.alert;
    case 'awaiting-sign-off':
    // Something waits for the therapist to read: above a patient who has merely gone quiet.
    case 'unread-messages':
      return ATTENTION_TIERS.awaitingSignOff;
    case 'no-data':
    case 'no-data-yet':
      return ATTENTION_TIERS.noData;
    case 'low-adherence':
      return ATTENTION_TIERS.lowAdherence;
  }
}

/** Points within a tier: worse severity, longer silence and lower adherence come first. */
function pointsOf(reason: AttentionReason): number {
  switch (reason.code) {
    case 'program-suspended':
      return 1000;
    case 'awaiting-confirmation':
      return 150;
    case 'alert':
      return SEVERITY_POINTS[reason.params.severity] ?? 100;
    case 'awaiting-sign-off':
      return 100;
    case 'no-data':
      return 50 + Math.min(reason.params.days, 365);
    case 'no-data-yet':
      return 50;
    case 'low-adherence':
      return 100 - reason.params.percent;
    case 'unread-messages':
      return 50 + Math.min(reason.params.count, 49);
  }
}

function isMet(value: DataValue | undefined): boolean {
  return value === true;
}

/**
 * Phase 3 ends only with the therapist's sign-off (CLINICAL 5): once the activity score has improved
 * enough and strength is symmetric where it was tested, the discharge waits for the therapist.
 */
function awaitingDischarge(plan: DayPlan): AttentionReason | null {
  if (plan.status !== 'active' || plan.phase !== 3) return null;
  const gate = plan.decisions.find(
    (decision) => decision.ruleId === 'gate.discharge' && decision.subject === 'phase',
  );
  if (!gate || gate.data.passed === true) return null;
  if (!isMet(gate.data.psfsMet) || gate.data.symmetryMet === false) return null;
  return {
    code: 'awaiting-sign-off',
    params: { gate: 'discharge', ruleId: 'gate.discharge', alertId: null, date: plan.date, message: null },
  };
}

function alertReason(alert: OpenAlert): AttentionReason {
  const gate = alert.kind === 'confirmation-needed' ? CONFIRMATION_GATES[alert.ruleId] : undefined;
  if (gate) {
    return {
      code: 'awaiting-sign-off',
      params: { gate, ruleId: alert.ruleId, alertId: alert.id, date: alert.date, message: alert.message },
    };
  }
  const { id, kind, severity, ruleId, date, message } = alert;
  return { code: 'alert', params: { alertId: id, kind, severity, ruleId, date, message } };
}

/**
 * Why a patient needs the therapist on the plan's day, most urgent first, with the tier and score that
 * order the clinic's list. `quietDays` is null when nothing was ever logged; `adherence` is the share
 * of the last 7 days' prescribed sessions done, or null when none were prescribed.
 *
 * @example
 * attentionOf({ plan, openAlerts: [], quietDays: 4, adherence: 1 }).reasons
 * // [{ code: 'no-data', params: { days: 4 } }]
 */
export function attentionOf(input: {
  plan: DayPlan;
  openAlerts: readonly OpenAlert[];
  quietDays: number | null;
  adherence: number | null;
  /** Messages from the patient that no therapist has read yet. */
  unreadMessages?: number;
}): Attention {
  const { plan, quietDays, adherence } = input;
  const reasons: AttentionReason[] = [];
  if (plan.status === 'suspended') {
    const since = plan.decisions.find((decision) => decision.ruleId === 'red-flag.suspend')?.data.screenDate;
    reasons.push({ code: 'program-suspended', params: { since: typeof since === 'string' ? since : null } });
  }
  const awaiting = plan.status === 'awaiting-confirmation';
  if (awaiting) {
    const startDate = plan.decisions.find((decision) => decision.ruleId === 'program.awaiting-confirmation')
      ?.data.startDate;
    reasons.push({
      code: 'awaiting-confirmation',
      params: { startDate: typeof startDate === 'string' ? startDate : plan.date },
    });
  }
  // The confirmation task is the reason above, not a second one.
  const alerts = input.openAlerts.filter((alert) => alert.ruleId !== 'program.awaiting-confirmation');
  reasons.push(...alerts.map(alertReason));
  const discharge = awaitingDischarge(plan);
  if (discharge) reasons.push(discharge);
  if (plan.status === 'active' && quietDays === null) reasons.push({ code: 'no-data-yet', params: {} });
  if (plan.status === 'active' && quietDays !== null && quietDays >= QUIET_DAYS)
    reasons.push({ code: 'no-data', params: { days: quietDays } });
  const unread = input.unreadMessages ?? 0;
  if (unread > 0) reasons.push({ code: 'unread-messages', params: { count: unread } });
  if (adherence !== null && adherence < LOW_ADHERENCE)
    reasons.push({ code: 'low-adherence', params: { percent: Math.round(adherence * 100) } });
  reasons.sort((left, right) => tierOf(right) - tierOf(left) || pointsOf(right) - pointsOf(left));
  let tier: AttentionTier = ATTENTION_TIERS.nothing;
  for (const reason of reasons) {
    const reasonTier = tierOf(reason);
    if (reasonTier > tier) tier = reasonTier;
  }
  const points = reasons.reduce((sum, reason) => sum + pointsOf(reason), 0);
  return { tier, score: tier * TIER_WEIGHT + Math.min(points, TIER_WEIGHT - 1), reasons };
}
