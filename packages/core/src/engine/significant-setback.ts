import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { PlanInput } from './context.js';
import { formatNumber } from './decision.js';
import type { GateResult, PhaseState } from './gates.js';
import { between } from './history-window.js';
import { setbacksDetectedBetween } from './setbacks.js';

const MIN_VALUES_PER_WEEK = 3;

function meanWorstPain(input: PlanInput, from: IsoDate, to: IsoDate): { mean: number | null; count: number } {
  const values = between(input.history.checkIns, from, to)
    .map((checkIn) => checkIn.worstPain24h)
    .filter((value): value is number => value !== null);
  if (values.length < MIN_VALUES_PER_WEEK) return { mean: null, count: values.length };
  return { mean: values.reduce((sum, value) => sum + value, 0) / values.length, count: values.length };
}

/**
 * Significant setback (CLINICAL 6): weekly mean pain up by 2 or more on the week before, or 2 setbacks in
 * 7 days. Only data since the current phase began counts, so one episode drops the program one phase once;
 * a weekly mean needs at least three check-ins to be trusted [rule].
 */
export function significantSetback(input: PlanInput, state: PhaseState, day: IsoDate): GateResult {
  const rules = input.protocol.pain;
  const windowStart = addDays(day, -(rules.setbackWindowDays - 1));
  const setbacks = setbacksDetectedBetween(input, windowStart, day).filter(
    (setback) => setback.sessionDate >= state.startDate,
  );
  const thisWeek =
    windowStart >= state.startDate ? meanWorstPain(input, windowStart, day) : { mean: null, count: 0 };
  const lastWeek = meanWorstPain(input, addDays(windowStart, -7), addDays(windowStart, -1));
  const rise = thisWeek.mean !== null && lastWeek.mean !== null ? thisWeek.mean - lastWeek.mean : null;
  const bySetbacks = setbacks.length >= rules.setbacksForSignificant;
  const byMean = rise !== null && rise >= rules.weeklyMeanRise;
  const riseText = rise === null ? '-' : formatNumber(rise);
  return {
    passed: state.phase > 0 && (bySetbacks || byMean),
    ruleId: 'setback.significant',
    signedOffBy: null,
    data: {
      setbacksIn7Days: setbacks.length,
      setbackDates: setbacks.map((setback) => setback.sessionDate).join(', '),
      weeklyMeanPain: thisWeek.mean,
      previousWeeklyMeanPain: lastWeek.mean,
      weeklyMeanRise: rise,
    },
    text: {
      en: `Setbacks in the last ${rules.setbackWindowDays} days: ${setbacks.length} (${rules.setbacksForSignificant} make a significant setback); weekly pain went up by ${riseText} (${rules.weeklyMeanRise} or more is significant).`,
      es: `Recaídas en los últimos ${rules.setbackWindowDays} días: ${setbacks.length} (${rules.setbacksForSignificant} son una recaída importante); el dolor semanal subió ${riseText} (${rules.weeklyMeanRise} o más es importante).`,
    },
  };
}
