import { addDays, type IsoDate } from '../calendar/calendar.js';
import { psfsMeanScore } from '../summaries/outcomes.js';
import type { PlanInput } from './context.js';
import { formatNumber, ruleDecision } from './decision.js';
import type { PhaseState } from './gates.js';
import { between, latestOnOrBefore } from './history-window.js';
import type { Alert, Decision } from './plan.js';
import { noImprovementText } from './therapist-text.js';

/** Mean worst pain of the check-ins from `from` to `to`, or null without any. */
function meanWorstPain(input: PlanInput, from: IsoDate, to: IsoDate): number | null {
  let sum = 0;
  let count = 0;
  for (const checkIn of between(input.history.checkIns, from, to)) {
    if (checkIn.worstPain24h === null) continue;
    sum += checkIn.worstPain24h;
    count += 1;
  }
  return count ? sum / count : null;
}

/** Days with at least one session from `from` to `to` (sessions are sorted, so count date changes). */
function sessionDays(input: PlanInput, from: IsoDate, to: IsoDate): number {
  let days = 0;
  let previous = '';
  for (const session of between(input.history.sessionLogs, from, to)) {
    if (session.date !== previous) days += 1;
    previous = session.date;
  }
  return days;
}

/**
 * No improvement of at least 2 points in NPRS or PSFS after 8 weeks of adherent exercise asks for a
 * therapist review and suggests a physician referral (CLINICAL 6). Looks at the last 8 weeks only.
 */
export function noImprovementReview(
  input: PlanInput,
  state: PhaseState,
  date: IsoDate,
): { alert: Alert; decision: Decision } | null {
  const rules = input.protocol.pain;
  const days = rules.noImprovementWeeks * 7;
  const from = addDays(date, -days);
  const to = addDays(date, -1);
  if (state.phase === 0) return null;
  const adherence = sessionDays(input, from, to) / days;
  if (adherence < rules.adherentShare) return null;
  const firstWeek = meanWorstPain(input, from, addDays(from, 6));
  const lastWeek = meanWorstPain(input, addDays(to, -6), to);
  if (firstWeek === null || lastWeek === null) return null;
  const painDrop = firstWeek - lastWeek;
  const baseline = latestOnOrBefore(input.history.psfs, from) ?? between(input.history.psfs, from, to)[0];
  const latest = latestOnOrBefore(input.history.psfs, date);
  const baselineMean = baseline ? psfsMeanScore(baseline) : null;
  const latestMean = latest && latest !== baseline ? psfsMeanScore(latest) : null;
  const psfsGain = baselineMean !== null && latestMean !== null ? latestMean - baselineMean : null;
  const improved =
    painDrop >= rules.noImprovementMinChange || (psfsGain ?? 0) >= rules.noImprovementMinChange;
  if (improved) return null;
  const data = {
    weeks: rules.noImprovementWeeks,
    adherence: Math.round(adherence * 100) / 100,
    painDrop,
    psfsGain,
  };
  const text = {
    en: `After ${rules.noImprovementWeeks} weeks of regular exercise (${Math.round(adherence * 100)}% of days), pain fell by ${formatNumber(painDrop)} and activity scores rose by ${psfsGain === null ? '-' : formatNumber(psfsGain)} (less than ${rules.noImprovementMinChange}). Your therapist will review the program and may refer you to your doctor.`,
    es: `Tras ${rules.noImprovementWeeks} semanas de ejercicio regular (${Math.round(adherence * 100)}% de los días), el dolor bajó ${formatNumber(painDrop)} y la puntuación de actividades subió ${psfsGain === null ? '-' : formatNumber(psfsGain)} (menos de ${rules.noImprovementMinChange}). Su fisioterapeuta revisará el programa y puede derivarle a su médico.`,
  };
  return {
    decision: ruleDecision('review.no-improvement', 'review', text, data),
    alert: {
      key: `no-improvement:${state.startDate}`,
      kind: 'no-improvement',
      severity: 'warning',
      date,
      exerciseId: null,
      ruleId: 'review.no-improvement',
      message: text,
      // A referral is the therapist's call after the review (CLINICAL 6), not the engine's.
      physicianMessage: null,
      statusLine: null,
      therapistMessage: noImprovementText({
        weeks: rules.noImprovementWeeks,
        adherencePercent: Math.round(adherence * 100),
        painDrop,
        psfsGain,
        minChange: rules.noImprovementMinChange,
      }),
      notifyTherapist: true,
    },
  };
}
