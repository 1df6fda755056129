import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { PlanInput } from '../engine/context.js';
import type { DayPlan, PlannedExercise } from '../engine/plan.js';
import { planDay, stampFromPlan } from '../engine/plan-day.js';
import type { CheckIn, ExerciseLog, History, PerformedSet, SessionLog } from '../history/history.js';
import { EMPTY_HISTORY } from '../history/sort-history.js';
import type { Program, Side } from '../program/program.js';
import type { Protocol } from '../protocol/protocol.js';
import type { ExerciseId } from '../protocol/types.js';

/** What a simulated patient reports on one day (day 0 is the program's start date). */
export interface DayReport {
  /** Pain on waking (also the next-morning pain compared with yesterday's baseline). */
  morningPain: number;
  worstPain24h: number;
  walkingPain: number;
  /** Pain before today's session: the baseline for tomorrow morning. */
  baselinePain: number;
  /** Pain during an exercise, on the leg it was done on (`both` for an exercise of both legs at once). */
  exercisePain: (exerciseId: ExerciseId, side: Side | 'both') => number;
  checksIn: boolean;
  doesSession: boolean;
  /** Extra reps done on the last set of a rep-based exercise, beyond the target. */
  extraRepsOnLastSet: number;
}

/** A scenario: the program, how many days, and what the patient reports and records each day. */
export interface CourseScenario {
  protocol: Protocol;
  program: Program;
  days: number;
  report: (day: number, date: IsoDate) => DayReport;
  /** Screens, PSFS, strength tests and therapist entries to add on given days. */
  extras?: (day: number, date: IsoDate, history: History) => Partial<History>;
  /** Program changes a therapist makes on given days, after seeing the plan. */
  therapist?: (day: number, date: IsoDate, plan: DayPlan, program: Program) => Program;
}

export interface SimulatedCourse {
  program: Program;
  history: History;
  plans: DayPlan[];
}

function performedSets(exercise: PlannedExercise, extraReps: number): PerformedSet[] {
  const { prescription } = exercise;
  return Array.from({ length: prescription.sets }, (_, index) => ({
    reps:
      prescription.reps === null
        ? null
        : prescription.reps + (index === prescription.sets - 1 ? extraReps : 0),
    holdSeconds: prescription.holdSeconds,
    loadKg: prescription.loadKg,
  }));
}

function sessionsFor(plan: DayPlan, report: DayReport, idPrefix: string): SessionLog[] {
  const exercises = plan.exercises.filter((exercise) => !exercise.stoppedToday);
  if (plan.status !== 'active' || !report.doesSession || exercises.length === 0) return [];
  const timesPerDay = Math.max(...exercises.map((exercise) => exercise.prescription.timesPerDay));
  return Array.from({ length: timesPerDay }, (_, round) => ({
    id: `${idPrefix}-s${round}`,
    date: plan.date,
    stamp: stampFromPlan(plan),
    baselinePain: report.baselinePain,
    exercises: exercises
      .filter((exercise) => exercise.prescription.timesPerDay > round)
      .map(
        (exercise): ExerciseLog => ({
          exerciseId: exercise.exerciseId,
          side: exercise.side,
          prescription: exercise.prescription,
          sets: performedSets(exercise, report.extraRepsOnLastSet),
          painScore: report.exercisePain(exercise.exerciseId, exercise.side),
          stoppedEarly: false,
        }),
      ),
  }));
}

function merge(history: History, extra: Partial<History>): History {
  return {
    checkIns: [...history.checkIns, ...(extra.checkIns ?? [])],
    sessionLogs: [...history.sessionLogs, ...(extra.sessionLogs ?? [])],
    redFlagScreens: [...history.redFlagScreens, ...(extra.redFlagScreens ?? [])],
    tendinopathyScreens: [...history.tendinopathyScreens, ...(extra.tendinopathyScreens ?? [])],
    fallsScreens: [...history.fallsScreens, ...(extra.fallsScreens ?? [])],
    maintenanceCheckIns: [...history.maintenanceCheckIns, ...(extra.maintenanceCheckIns ?? [])],
    psfs: [...history.psfs, ...(extra.psfs ?? [])],
    strengthTests: [...history.strengthTests, ...(extra.strengthTests ?? [])],
    outcomeScores: [...history.outcomeScores, ...(extra.outcomeScores ?? [])],
  };
}

/**
 * Plays a course day by day: the patient checks in, the engine plans the day, the patient does the session
 * as planned and logs it with the scenario's pain. Deterministic: the scenario decides everything.
 */
export function simulateCourse(scenario: CourseScenario): SimulatedCourse {
  let program = scenario.program;
  let history: History = EMPTY_HISTORY;
  const plans: DayPlan[] = [];
  for (let day = 0; day < scenario.days; day += 1) {
    const date = addDays(program.startDate, day);
    const report = scenario.report(day, date);
    history = merge(history, scenario.extras?.(day, date, history) ?? {});
    if (report.checksIn) history = merge(history, { checkIns: [checkInFor(date, report, day)] });
    const input: PlanInput = { protocol: scenario.protocol, program, history, date };
    let plan = planDay(input);
    if (scenario.therapist) {
      const changed = scenario.therapist(day, date, plan, program);
      if (changed !== program) {
        program = changed;
        plan = planDay({ ...input, program });
      }
    }
    plans.push(plan);
    history = merge(history, { sessionLogs: sessionsFor(plan, report, `d${day}`) });
  }
  return { program, history, plans };
}

function checkInFor(date: IsoDate, report: DayReport, day: number): CheckIn {
  return {
    id: `d${day}-checkin`,
    date,
    nextMorningPain: report.morningPain,
    worstPain24h: report.worstPain24h,
    walkingPain: report.walkingPain,
  };
}
