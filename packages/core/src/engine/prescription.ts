import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { Prescription } from '../history/history.js';
import { stopsForToday } from '../pain/pain-guide.js';
import type { DoseEdit } from '../program/program.js';
import type { PainRules } from '../protocol/protocol.js';
import type { ExerciseDefinition, PhaseNumber } from '../protocol/types.js';
import { conditionOn } from './condition.js';
import { latestEffective, type PlanInput } from './context.js';
import { therapistDecision } from './decision.js';
import {
  addLoad,
  addRep,
  extraSetFirst,
  isTopOfLadder,
  moveOnLadder,
  regressOneStep,
  startingPrescription,
} from './dose-ladder.js';
import type { Decision } from './plan.js';
import { type DoseRuleId, doseText } from './prescription-text.js';
import {
  EXERCISE_LOOKBACK_DAYS,
  highestPainOfDay,
  type LoggedExercise,
  recentLogsOf,
} from './recent-logs.js';
import { regressesAfter } from './setback-regression.js';
import { nextMorningAfter } from './setbacks.js';

export interface ExercisePrescription {
  prescription: Prescription;
  decision: Decision;
}

type Verdict = {
  prescription: Prescription;
  ruleId: DoseRuleId;
  data: Record<string, string | number | boolean | null>;
};

/**
 * Today's dose of one exercise: continue from its last session, apply the pain rules, then any therapist
 * edit. A ladder never climbs to a stage of a later phase than `phase`.
 */
export function prescribe(
  input: PlanInput,
  exercise: ExerciseDefinition,
  date: IsoDate,
  phase: PhaseNumber = 3,
): ExercisePrescription {
  const progression = exercise.progression;
  const lookback =
    progression.kind === 'ladder'
      ? Math.max(progression.goodSessionsPerStep, progression.minDaysPerStep * 2 + 1, 2)
      : 2;
  const logs = recentLogsOf(input, exercise.id, date, lookback);
  const verdict = fromHistory(input, exercise, date, logs, phase);
  const edit = latestEffective(input.program.doseEdits, date, (entry) => entry.exerciseId === exercise.id);
  const lastLogDate = logs[0]?.session.date ?? '';
  if (edit && edit.effectiveFrom > lastLogDate)
    return withTherapistEdit(exercise, verdict.prescription, edit);
  return {
    prescription: verdict.prescription,
    decision: doseText(exercise, verdict.ruleId, verdict.prescription, verdict.data),
  };
}

function fromHistory(
  input: PlanInput,
  exercise: ExerciseDefinition,
  date: IsoDate,
  logs: LoggedExercise[],
  phase: PhaseNumber,
): Verdict {
  const last = logs[0];
  if (!last)
    return {
      prescription: startingPrescription(exercise),
      ruleId: 'progression.start',
      data: { lookbackDays: EXERCISE_LOOKBACK_DAYS },
    };
  const rules = input.protocol.pain;
  const current = last.log.prescription;
  if (stopsForToday(last.log.painScore, rules)) {
    const tolerated = lastTolerated(input, exercise, date, rules);
    return {
      prescription: tolerated,
      ruleId: 'pain.last-tolerated-dose',
      data: {
        painScore: last.log.painScore,
        sessionDate: last.session.date,
        stopAbove: rules.exerciseStopAbove,
      },
    };
  }
  const morning = nextMorningAfter(input, last.session.date, date);
  // A setback is acted on (and cited) only while it is recent: a week-old morning no longer explains today.
  const recentSetback =
    morning.kind === 'setback' && morning.setback.detectedOn >= addDays(date, -(rules.setbackWindowDays - 1));
  if (morning.kind === 'setback' && recentSetback && !regressesAfter(input, exercise.id, morning.setback)) {
    return {
      prescription: { ...current, regressedSessionsLeft: Math.max(0, current.regressedSessionsLeft - 1) },
      ruleId: 'setback.held',
      data: { sessionDate: morning.setback.sessionDate, recentDays: rules.recentProgressionDays },
    };
  }
  if (morning.kind === 'setback' && recentSetback) {
    const regressed = {
      ...regressOneStep(exercise, current),
      regressedSessionsLeft: rules.setbackRegressionSessions,
    };
    return {
      prescription: regressed,
      ruleId: 'setback.next-morning',
      data: { ...morning.setback, sessions: rules.setbackRegressionSessions },
    };
  }
  if (current.regressedSessionsLeft > 1) {
    const left = current.regressedSessionsLeft - 1;
    return {
      prescription: { ...current, regressedSessionsLeft: left },
      ruleId: 'setback.regressed-sessions',
      data: { sessionsLeft: left },
    };
  }
  const steady = { ...current, regressedSessionsLeft: 0 };
  if (morning.kind === 'awaiting')
    return {
      prescription: steady,
      ruleId: 'progression.awaiting-next-morning',
      data: { sessionDate: last.session.date },
    };
  return progress(input, exercise, date, logs, steady, phase);
}

/** A good day's highest exercise pain: green for a strain, up to 5 for tendinopathy (CLINICAL 5). */
function goodDayMaxPain(input: PlanInput, date: IsoDate): number {
  const { pain } = input.protocol;
  return conditionOn(input, date).condition === 'tendinopathy'
    ? pain.goodDayMaxExercisePainTendinopathy
    : pain.goodDayMaxExercisePain;
}

/** Whether a logged session was a good day: low pain in every exercise and a settled next morning. */
function isGoodDay(input: PlanInput, entry: LoggedExercise, date: IsoDate): boolean {
  if (highestPainOfDay(input, entry.session) > goodDayMaxPain(input, date)) return false;
  return nextMorningAfter(input, entry.session.date, date).kind === 'settled';
}

function progress(
  input: PlanInput,
  exercise: ExerciseDefinition,
  date: IsoDate,
  logs: LoggedExercise[],
  current: Prescription,
  phase: PhaseNumber,
): Verdict {
  const progression = exercise.progression;
  const last = logs[0] as LoggedExercise;
  const painOfDay = highestPainOfDay(input, last.session);
  const morning = nextMorningAfter(input, last.session.date, date);
  const notGood: Verdict = {
    prescription: current,
    ruleId: 'progression.not-good-day',
    data: {
      sessionDate: last.session.date,
      highestPain: painOfDay,
      nextMorning: morning.kind,
      maxPain: goodDayMaxPain(input, date),
    },
  };
  if (!isGoodDay(input, last, date)) return notGood;
  if (progression.kind === 'ladder') {
    const needed = progression.goodSessionsPerStep;
    const streak = logs.slice(0, needed);
    const sameStep = streak.every(
      (entry) =>
        entry.log.prescription.step === current.step && entry.log.prescription.regressedSessionsLeft <= 1,
    );
    const allGood =
      streak.length === needed && sameStep && streak.every((entry) => isGoodDay(input, entry, date));
    const atTop = isTopOfLadder(progression, current, phase);
    const waitingDays = daysOnStep(logs, current, date) < progression.minDaysPerStep;
    if (!allGood || atTop || waitingDays) {
      return {
        prescription: current,
        ruleId: 'progression.good-day',
        data: {
          goodSessions: allGood ? needed : 1,
          needed,
          atTop,
          waitingDays: allGood && !atTop && waitingDays,
          minDaysPerStep: progression.minDaysPerStep,
        },
      };
    }
    const next = moveOnLadder(progression, current, 1, phase);
    const ruleId =
      next.holdSeconds !== current.holdSeconds ? 'progression.hold-step' : 'progression.good-day';
    return {
      prescription: next,
      ruleId,
      data: { goodSessions: needed, needed, fromStep: current.step, toStep: next.step, atTop: false },
    };
  }
  const target = current.reps ?? progression.minReps;
  const lastSetReps = (entry: LoggedExercise) => entry.log.sets.at(-1)?.reps ?? 0;
  const twoForTwo = logs.slice(0, 2);
  const loadDue =
    twoForTwo.length === 2 &&
    twoForTwo.every(
      (entry) =>
        entry.log.prescription.loadKg === current.loadKg && entry.log.prescription.reps === current.reps,
    ) &&
    twoForTwo.every(
      (entry) =>
        lastSetReps(entry) >= target + progression.twoForTwoExtraReps && isGoodDay(input, entry, date),
    );
  if (loadDue) {
    return {
      prescription: addLoad(exercise, progression, current),
      ruleId: 'progression.two-for-two',
      data: {
        lastSetReps: lastSetReps(last),
        target,
        extraReps: progression.twoForTwoExtraReps,
        loadStepKg: progression.loadStepKg,
        extraSet: extraSetFirst(progression, current),
      },
    };
  }
  const allSetsDone =
    last.log.sets.length >= current.sets && last.log.sets.every((set) => (set.reps ?? 0) >= target);
  const next = allSetsDone ? addRep(progression, current) : current;
  return {
    prescription: next,
    ruleId: 'progression.double-progression',
    data: { allSetsDone, target, maxReps: progression.maxReps },
  };
}

/**
 * Days since the current stage was first done (its earliest session in the unbroken run at this
 * rung); a ladder with `minDaysPerStep` waits that long between steps (isometrics: 48 h).
 */
function daysOnStep(logs: readonly LoggedExercise[], current: Prescription, date: IsoDate): number {
  let first: IsoDate = date;
  for (const entry of logs) {
    if (entry.log.prescription.step !== current.step) break;
    first = entry.session.date;
  }
  return daysBetween(first, date);
}

/** The dose of the most recent session of this exercise that was tolerated (pain at or below the stop line). */
function lastTolerated(
  input: PlanInput,
  exercise: ExerciseDefinition,
  date: IsoDate,
  rules: PainRules,
): Prescription {
  const logs = recentLogsOf(input, exercise.id, date, 30);
  const tolerated = logs.find((entry) => !stopsForToday(entry.log.painScore, rules));
  if (!tolerated) return startingPrescription(exercise);
  return { ...tolerated.log.prescription, regressedSessionsLeft: 0 };
}

/** Whether the therapist's latest word on this exercise's frequency is "daily" (CLINICAL 3). */
export function therapistSetsDaily(
  input: PlanInput,
  exerciseId: ExerciseDefinition['id'],
  date: IsoDate,
): boolean {
  const edit = latestEffective(
    input.program.doseEdits,
    date,
    (entry) => entry.exerciseId === exerciseId && entry.frequency != null,
  );
  return edit?.frequency === 'daily';
}

function withTherapistEdit(
  exercise: ExerciseDefinition,
  base: Prescription,
  edit: DoseEdit,
): ExercisePrescription {
  const prescription: Prescription = {
    ...base,
    sets: edit.sets ?? base.sets,
    reps: edit.reps ?? base.reps,
    holdSeconds: edit.holdSeconds ?? base.holdSeconds,
    effort: edit.effort ?? base.effort,
    loadKg: edit.loadKg ?? base.loadKg,
    loadKind: edit.loadKind ?? base.loadKind,
    regressedSessionsLeft: 0,
  };
  const words = doseText(exercise, 'therapist.dose-edit', prescription, {});
  return {
    prescription,
    decision: therapistDecision('therapist.dose-edit', exercise.id, edit, words.text, words.data),
  };
}
