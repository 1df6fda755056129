import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { PlanInput } from '../engine/context.js';
import type { DayPlan } from '../engine/plan.js';
import { planDay, stampFromPlan } from '../engine/plan-day.js';
import type { CheckIn, History, PerformedSet, ScreenAnswers, SessionLog } from '../history/history.js';
import { EMPTY_HISTORY, sortHistory } from '../history/sort-history.js';
import { type NewProgramInput, newProgram } from '../program/new-program.js';
import type { Program } from '../program/program.js';
import { GLUTEUS_MINIMUS_PROTOCOL } from '../protocol/gluteus-minimus.js';
import type { ExerciseId } from '../protocol/types.js';

/** Test data builders: each returns a valid value, changed only where a test says so. */
export const protocol = GLUTEUS_MINIMUS_PROTOCOL;
export const INJURY = '2026-03-02';
export const THERAPIST = 'Therapist Test';

export function day(offset: number): IsoDate {
  return addDays(INJURY, offset);
}

/** A program's fields to change, and the diagnosis the therapist records at the start, if any. */
export type ProgramOverrides = Partial<Program> & Pick<Partial<NewProgramInput>, 'diagnosis'>;

/** A fresh program (right side, Madrid, injured on `INJURY` unless told otherwise), then the overrides. */
export function buildProgram(overrides: ProgramOverrides = {}): Program {
  const { diagnosis, ...fields } = overrides;
  const fresh = newProgram({
    protocol,
    injuryDate: fields.injuryDate ?? INJURY,
    side: fields.side ?? 'right',
    timeZone: fields.timeZone ?? 'Europe/Madrid',
    // Most rules are tested on a program under way; the confirmation tests ask for it explicitly.
    requiresConfirmation: fields.requiresConfirmation ?? false,
    ...(fields.startDate ? { startDate: fields.startDate } : {}),
    ...(diagnosis ? { diagnosis } : {}),
  });
  return { ...fresh, ...fields };
}

/**
 * A falls checklist answered on `date` whose yes answers add up to `points`: one-point statements first,
 * then the two-point ones (a fall in the past year, a cane or walker).
 */
export function buildFallsScreen(date: IsoDate, points: number): ScreenAnswers {
  const items = [...protocol.screens.falls.items].sort((left, right) => left.points - right.points);
  let left = points;
  const answers: Record<string, boolean> = {};
  for (const item of items) {
    const yes = item.points <= left;
    answers[item.id] = yes;
    if (yes) left -= item.points;
  }
  return { id: `falls-${date}`, date, answers };
}

export function buildCheckIn(date: IsoDate, pain: number | Partial<CheckIn>): CheckIn {
  const values =
    typeof pain === 'number' ? { nextMorningPain: pain, worstPain24h: pain, walkingPain: pain } : pain;
  return { id: `c-${date}`, date, nextMorningPain: null, worstPain24h: null, walkingPain: null, ...values };
}

export interface SessionOptions {
  baselinePain?: number;
  pain?: number | Partial<Record<ExerciseId, number>>;
  extraReps?: number;
  only?: readonly ExerciseId[];
}

let sessionCount = 0;
function nextSessionNumber(): number {
  sessionCount += 1;
  return sessionCount;
}

/** A session done exactly as the plan prescribed, with the given pain. */
export function sessionFollowing(plan: DayPlan, options: SessionOptions = {}): SessionLog {
  const painFor = (id: ExerciseId) =>
    typeof options.pain === 'number' ? options.pain : (options.pain?.[id] ?? 1);
  return {
    id: `s-${plan.date}-${nextSessionNumber()}`,
    date: plan.date,
    stamp: stampFromPlan(plan),
    baselinePain: options.baselinePain ?? 1,
    exercises: plan.exercises
      .filter((exercise) => !options.only || options.only.includes(exercise.exerciseId))
      .map((exercise) => {
        const { prescription } = exercise;
        const sets: PerformedSet[] = Array.from({ length: prescription.sets }, (_, index) => ({
          reps:
            prescription.reps === null
              ? null
              : prescription.reps + (index === prescription.sets - 1 ? (options.extraReps ?? 0) : 0),
          holdSeconds: prescription.holdSeconds,
          loadKg: prescription.loadKg,
        }));
        return {
          exerciseId: exercise.exerciseId,
          side: exercise.side,
          prescription,
          sets,
          painScore: painFor(exercise.exerciseId),
          stoppedEarly: false,
        };
      }),
  };
}

/** Accumulates a history the way a patient makes it, planning each day from what came before. */
export class CourseBuilder {
  history: History = EMPTY_HISTORY;
  constructor(public program: Program = buildProgram()) {}

  input(date: IsoDate): PlanInput {
    return { protocol, program: this.program, history: sortHistory(this.history), date };
  }

  plan(date: IsoDate): DayPlan {
    return planDay(this.input(date));
  }

  add(extra: Partial<History>): this {
    const merged = { ...this.history };
    for (const key of Object.keys(extra) as (keyof History)[]) {
      merged[key] = [...this.history[key], ...(extra[key] ?? [])] as never;
    }
    this.history = merged;
    return this;
  }

  checkIn(date: IsoDate, pain: number | Partial<CheckIn>): this {
    return this.add({ checkIns: [buildCheckIn(date, pain)] });
  }

  /** Plans the day and logs a session that follows it; returns the plan it followed. */
  doSession(date: IsoDate, options: SessionOptions = {}): DayPlan {
    const plan = this.plan(date);
    this.add({ sessionLogs: [sessionFollowing(plan, options)] });
    return plan;
  }

  /** Good days from `from` to `to`: morning check-in with low pain, then the planned session. */
  goodDays(from: number, to: number, pain = 1, options: SessionOptions = {}): this {
    for (let offset = from; offset <= to; offset += 1) {
      this.checkIn(day(offset), pain);
      this.doSession(day(offset), { baselinePain: pain, pain, ...options });
    }
    return this;
  }
}
