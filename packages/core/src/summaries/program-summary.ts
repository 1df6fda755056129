import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { PlanInput } from '../engine/context.js';
import { checkInWords, fallsScreenWords, scoreFallsScreen } from '../engine/falls.js';
import { between } from '../engine/history-window.js';
import { checkInTroubles } from '../engine/maintenance.js';
import type { DayPlan, RuleId } from '../engine/plan.js';
import { planDays } from '../engine/plan-day.js';
import type { ExerciseLog, History } from '../history/history.js';
import type { Side } from '../program/program.js';
import type { ExerciseId, PhaseNumber, Text } from '../protocol/types.js';
import { type LimbSymmetry, limbSymmetry, type PsfsChange, psfsChange } from './outcomes.js';

export interface WeekAdherence {
  weekStart: IsoDate;
  prescribedSessions: number;
  doneSessions: number;
  /** done / prescribed, or null in a week with nothing prescribed. */
  share: number | null;
}

export interface DataPeriod {
  from: IsoDate;
  to: IsoDate;
  daysWithData: number;
  /** 16 or more days with data in the 30-day period: the count remote-monitoring reports are built on. */
  meetsSixteenDays: boolean;
}

export interface PainPoint {
  date: IsoDate;
  worstPain: number | null;
  nextMorningPain: number | null;
  highestExercisePain: number | null;
}

export interface DosePoint {
  date: IsoDate;
  exerciseId: ExerciseId;
  /** The leg it was done on, or `both` for an exercise that works both legs at once. */
  side: Side | 'both';
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number;
}

export interface PhaseSegment {
  phase: PhaseNumber;
  status: DayPlan['status'];
  from: IsoDate;
  to: IsoDate;
  ruleId: RuleId;
}

export interface ProgramSummary {
  from: IsoDate;
  to: IsoDate;
  adherenceByWeek: WeekAdherence[];
  dataPeriods: DataPeriod[];
  pain: PainPoint[];
  weeklyMeanPain: { weekStart: IsoDate; mean: number | null }[];
  doses: DosePoint[];
  psfs: PsfsChange | null;
  limbSymmetry: LimbSymmetry[];
  timeline: PhaseSegment[];
  alerts: DayPlan['alerts'][number][];
  /** Every falls screen up to `to`, scored, as clinicians read it (CLINICAL 4c). */
  fallsScreens: { date: IsoDate; points: number; positive: boolean; words: Text }[];
  /** Every check-in answered after discharge up to `to`; `trouble` when an answer alerted the therapist. */
  maintenanceCheckIns: { date: IsoDate; trouble: boolean; words: Text }[];
}

/** A program's course from `from` to `to` for charts and reports, built from the day-by-day plans. */
export function summariseProgram(input: Omit<PlanInput, 'date'>, from: IsoDate, to: IsoDate): ProgramSummary {
  const plans = planDays(input, from, to);
  const { history, protocol } = input;
  const pain = painPoints(history, from, to);
  return {
    from,
    to,
    adherenceByWeek: adherenceByWeek(history, plans),
    dataPeriods: dataPeriods(history, input.program.startDate, to),
    pain,
    weeklyMeanPain: weeklyMeans(pain),
    doses: between(history.sessionLogs, from, to).flatMap((session) =>
      session.exercises.map((log) => ({
        date: session.date,
        exerciseId: log.exerciseId,
        side: loggedSide(input, log),
        sets: log.sets.length,
        reps: log.sets.at(-1)?.reps ?? null,
        holdSeconds: log.sets.at(-1)?.holdSeconds ?? null,
        loadKg: log.sets.at(-1)?.loadKg ?? 0,
      })),
    ),
    psfs: psfsChange(between(history.psfs, input.program.injuryDate, to), protocol.outcomes),
    // Not used when both sides are treated (CLINICAL 4c and 7): progress is against the patient's own baseline.
    limbSymmetry:
      input.program.side === 'both'
        ? []
        : limbSymmetry(between(history.strengthTests, from, to), protocol.outcomes),
    timeline: timeline(plans),
    alerts: uniqueAlerts(plans),
    fallsScreens: between(history.fallsScreens, input.program.injuryDate, to).map((screen) => {
      const { points, positive } = scoreFallsScreen(protocol.screens.falls, screen);
      return { date: screen.date, points, positive, words: fallsScreenWords(protocol.screens.falls, screen) };
    }),
    maintenanceCheckIns: between(history.maintenanceCheckIns, input.program.injuryDate, to).map((entry) => ({
      date: entry.date,
      trouble: checkInTroubles(protocol.screens.maintenanceCheckIn, entry).length > 0,
      words: checkInWords(protocol.screens.maintenanceCheckIn, entry),
    })),
  };
}

/** The side a log was done on; logs stored before programs could treat both sides name none. */
function loggedSide(input: Omit<PlanInput, 'date'>, log: ExerciseLog): Side | 'both' {
  if (log.side) return log.side;
  const exercise = input.protocol.exercises.find((candidate) => candidate.id === log.exerciseId);
  if (exercise?.side === 'both' || input.program.side === 'both') return 'both';
  return input.program.side;
}

function prescribedSessions(plan: DayPlan): number {
  if (plan.status !== 'active' || plan.exercises.length === 0) return 0;
  return Math.max(...plan.exercises.map((exercise) => exercise.prescription.timesPerDay));
}

/** Share of prescribed sessions done, by 7-day week counted from the first day. */
export function adherenceByWeek(history: History, plans: readonly DayPlan[]): WeekAdherence[] {
  const weeks: WeekAdherence[] = [];
  plans.forEach((plan, index) => {
    if (index % 7 === 0)
      weeks.push({ weekStart: plan.date, prescribedSessions: 0, doneSessions: 0, share: null });
    const week = weeks.at(-1);
    if (!week) return;
    const prescribed = prescribedSessions(plan);
    const done = between(history.sessionLogs, plan.date, plan.date).length;
    week.prescribedSessions += prescribed;
    week.doneSessions += Math.min(prescribed, done);
  });
  for (const week of weeks)
    week.share = week.prescribedSessions ? week.doneSessions / week.prescribedSessions : null;
  return weeks;
}

/** Days with any logged data in each 30-day period since the program started. */
export function dataPeriods(history: History, startDate: IsoDate, to: IsoDate): DataPeriod[] {
  const dates = new Set<IsoDate>();
  const lists: readonly (readonly { date: IsoDate }[])[] = [
    history.checkIns,
    history.sessionLogs,
    history.redFlagScreens,
    history.tendinopathyScreens,
    history.psfs,
  ];
  for (const list of lists) {
    for (const entry of between(list, startDate, to)) dates.add(entry.date);
  }
  const periods: DataPeriod[] = [];
  for (let from = startDate; from <= to; from = addDays(from, 30)) {
    const end = addDays(from, 29);
    const daysWithData = [...dates].filter((date) => date >= from && date <= end).length;
    periods.push({ from, to: end, daysWithData, meetsSixteenDays: daysWithData >= 16 });
  }
  return periods;
}

function painPoints(history: History, from: IsoDate, to: IsoDate): PainPoint[] {
  const points: PainPoint[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const checkIn = between(history.checkIns, date, date)[0];
    const pains = between(history.sessionLogs, date, date).flatMap((session) =>
      session.exercises.map((log) => log.painScore),
    );
    if (!checkIn && pains.length === 0) continue;
    points.push({
      date,
      worstPain: checkIn?.worstPain24h ?? null,
      nextMorningPain: checkIn?.nextMorningPain ?? null,
      highestExercisePain: pains.length ? Math.max(...pains) : null,
    });
  }
  return points;
}

function weeklyMeans(points: readonly PainPoint[]): { weekStart: IsoDate; mean: number | null }[] {
  const first = points[0];
  if (!first) return [];
  const weeks = new Map<IsoDate, number[]>();
  for (const point of points) {
    const weekStart = addDays(first.date, Math.floor(daysBetween(first.date, point.date) / 7) * 7);
    const values = weeks.get(weekStart) ?? [];
    if (point.worstPain !== null) values.push(point.worstPain);
    weeks.set(weekStart, values);
  }
  return [...weeks].map(([weekStart, values]) => ({
    weekStart,
    mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
  }));
}

/** Consecutive days in the same phase and status, with the rule that began each stretch. */
export function timeline(plans: readonly DayPlan[]): PhaseSegment[] {
  const segments: PhaseSegment[] = [];
  for (const plan of plans) {
    const last = segments.at(-1);
    const continues =
      last !== undefined &&
      last.phase === plan.phase &&
      last.status === plan.status &&
      plan.phaseStartDate <= last.from;
    if (continues) {
      last.to = plan.date;
      continue;
    }
    segments.push({
      phase: plan.phase,
      status: plan.status,
      from: plan.date,
      to: plan.date,
      ruleId: plan.phaseRuleId,
    });
  }
  return segments;
}

function uniqueAlerts(plans: readonly DayPlan[]): DayPlan['alerts'][number][] {
  const byKey = new Map<string, DayPlan['alerts'][number]>();
  for (const plan of plans)
    for (const alert of plan.alerts) if (!byKey.has(alert.key)) byKey.set(alert.key, alert);
  return [...byKey.values()];
}

/**
 * The days of a timeline with no exercise planned: the rest before exercise starts, and days while the
 * program was paused or had ended. A calendar shows these as rest, not as sessions missed.
 *
 * @example
 * daysWithoutExercise([{ phase: 0, status: 'active', from: '2026-03-01', to: '2026-03-02', ruleId }]) // Set { '2026-03-01', '2026-03-02' }
 */
export function daysWithoutExercise(segments: readonly PhaseSegment[]): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const segment of segments) {
    if (segment.phase !== 0 && segment.status === 'active') continue;
    for (let date = segment.from; date <= segment.to; date = addDays(date, 1)) days.add(date);
  }
  return days;
}
