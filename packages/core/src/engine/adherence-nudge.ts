import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { History } from '../history/history.js';
import type { Program } from '../program/program.js';
import type { Protocol } from '../protocol/protocol.js';
import { adherenceByWeek, type WeekAdherence } from '../summaries/program-summary.js';
import type { Alert, DayPlan } from './plan.js';

/** How many complete weeks back the nudge looks for the start of a run of low weeks. */
const LOOKBACK_WEEKS = 6;

/**
 * The days whose plans the adherence nudge reads on `today`: the program's weeks (7 days from its first
 * day) complete by yesterday, up to six of them, enough to find where a run of low weeks began. Null
 * before `lowAdherenceWeeks` weeks are complete.
 *
 * @example
 * adherenceNudgeWindow(protocol, program, '2026-03-30'); // { from: '2026-03-02', to: '2026-03-29' }
 */
export function adherenceNudgeWindow(
  protocol: Pick<Protocol, 'pain'>,
  program: Pick<Program, 'startDate'>,
  today: IsoDate,
): { from: IsoDate; to: IsoDate } | null {
  const completeWeeks = Math.floor(daysBetween(program.startDate, today) / 7);
  if (completeWeeks < protocol.pain.lowAdherenceWeeks) return null;
  const firstWeek = Math.max(0, completeWeeks - LOOKBACK_WEEKS);
  return {
    from: addDays(program.startDate, firstWeek * 7),
    to: addDays(program.startDate, completeWeeks * 7 - 1),
  };
}

function isLow(week: WeekAdherence | undefined, share: number): boolean {
  return week !== undefined && week.share !== null && week.share < share;
}

/**
 * Fewer than half the prescribed sessions done in each of two weeks running alerts the therapist
 * (CLINICAL 7). `plans` are the consecutive days of `adherenceNudgeWindow`, from the start of a program
 * week. One alert per run of low weeks, whenever it is computed: it is keyed by the week in which the run
 * first met the rule and dated by that week's last day (ADR 0009), so later weeks of the same run update
 * it rather than add another (a run longer than the window alerts again). Weeks with nothing prescribed
 * (rest, a pause, awaiting the therapist) end a run. The patient is never blamed: the message says the
 * therapist will look at how the program fits their weeks.
 */
export function lowAdherenceAlert(
  protocol: Pick<Protocol, 'pain'>,
  history: History,
  plans: readonly DayPlan[],
): Alert | null {
  const { lowAdherenceShare: share, lowAdherenceWeeks: run } = protocol.pain;
  const weeks = adherenceByWeek(history, plans).filter((_, index) => plans.length >= (index + 1) * 7);
  let runStart = weeks.length;
  while (runStart > 0 && isLow(weeks[runStart - 1], share)) runStart -= 1;
  if (weeks.length - runStart < run) return null;
  const recent = weeks.slice(runStart, runStart + run);
  const second = recent.at(-1);
  if (!second) return null;
  const percents = recent.map((week) => Math.round((week.share ?? 0) * 100));
  const date = addDays(second.weekStart, 6);
  return {
    key: `low-adherence:${second.weekStart}`,
    kind: 'therapist-review',
    severity: 'info',
    date,
    exerciseId: null,
    ruleId: 'adherence.two-low-weeks',
    message: {
      en: 'Your therapist will look at how your exercises fit into your week and may get in touch to make them easier to keep up.',
      es: 'Su fisioterapeuta revisará cómo encajan los ejercicios en su semana y puede ponerse en contacto para que le resulte más fácil mantenerlos.',
    },
    physicianMessage: null,
    statusLine: null,
    therapistMessage: {
      en: `Fewer than ${Math.round(share * 100)}% of the prescribed sessions done ${run} weeks running (${recent.map((week, index) => `week of ${week.weekStart}: ${week.doneSessions} of ${week.prescribedSessions}, ${percents[index]}%`).join('; ')}). Ask what gets in the way; consider fewer or shorter sessions or another reminder time.`,
      es: `Menos del ${Math.round(share * 100)}% de las sesiones prescritas hechas ${run} semanas seguidas (${recent.map((week, index) => `semana del ${week.weekStart}: ${week.doneSessions} de ${week.prescribedSessions}, ${percents[index]}%`).join('; ')}). Pregunte qué lo dificulta; valore menos sesiones, más cortas u otra hora de recordatorio.`,
    },
    notifyTherapist: true,
  };
}
