import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { PlanInput } from './context.js';
import type { GateResult, PhaseState } from './gates.js';
import { between } from './history-window.js';
import { highestPainOfDay } from './recent-logs.js';
import { nextMorningAfter } from './setbacks.js';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Mean worst pain of the 7 days before `day`, and of the 7 days before those. */
function weeklyMeans(input: PlanInput, day: IsoDate): { thisWeek: number | null; lastWeek: number | null } {
  const worst = (from: IsoDate, to: IsoDate) =>
    between(input.history.checkIns, from, to).flatMap((checkIn) =>
      checkIn.worstPain24h === null ? [] : [checkIn.worstPain24h],
    );
  return {
    thisWeek: mean(worst(addDays(day, -7), addDays(day, -1))),
    lastWeek: mean(worst(addDays(day, -14), addDays(day, -8))),
  };
}

/**
 * Tendinopathy's phase 1 -> 2 (CLINICAL 5, after Silbernagel 2007 and LEAP): at least 7 days in the phase;
 * exercise pain 5 or less with next-morning pain within 1 point of the pre-session baseline on 3 of the
 * last 4 sessions; the weekly mean pain not rising.
 */
export function tendinopathyLoadingGate(input: PlanInput, state: PhaseState, day: IsoDate): GateResult {
  const gate = input.protocol.gates.tendinopathyLoading;
  const daysInPhase = daysBetween(state.startDate, day);
  const dates = [
    ...new Set(between(input.history.sessionLogs, state.startDate, addDays(day, -1)).map((log) => log.date)),
  ].slice(-gate.ofLastSessions);
  const tolerated = dates.filter((date) => {
    const session = between(input.history.sessionLogs, date, date)[0];
    if (!session || highestPainOfDay(input, session) > gate.maxExercisePain) return false;
    const morning = nextMorningAfter(input, date, day);
    return (
      morning.kind === 'settled' && morning.nextMorningPain - morning.baselinePain <= gate.maxNextMorningRise
    );
  }).length;
  const { thisWeek, lastWeek } = weeklyMeans(input, day);
  const rising = thisWeek !== null && lastWeek !== null && thisWeek > lastWeek;
  const passed = daysInPhase >= gate.minDaysInPhase && tolerated >= gate.goodSessions && !rising;
  const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  return {
    passed,
    ruleId: 'gate.tendinopathy-loading',
    signedOffBy: null,
    data: {
      daysInPhase,
      toleratedSessions: tolerated,
      sessionsLooked: dates.length,
      weeklyMean: round(thisWeek),
      previousWeeklyMean: round(lastWeek),
    },
    text: {
      en: `Tendon loading: ${daysInPhase} of ${gate.minDaysInPhase} days at this stage; ${tolerated} of the last ${dates.length} sessions with exercise pain ${gate.maxExercisePain} or less and the next morning within ${gate.maxNextMorningRise} point of before (needs ${gate.goodSessions} of ${gate.ofLastSessions}); weekly pain ${rising ? 'rising' : 'not rising'}.`,
      es: `Carga del tendón: ${daysInPhase} de ${gate.minDaysInPhase} días en esta etapa; ${tolerated} de las últimas ${dates.length} sesiones con dolor en ejercicio de ${gate.maxExercisePain} o menos y la mañana siguiente a ${gate.maxNextMorningRise} punto o menos de antes (se necesitan ${gate.goodSessions} de ${gate.ofLastSessions}); dolor semanal ${rising ? 'en aumento' : 'sin aumento'}.`,
    },
  };
}
