import type { IsoDate } from '../calendar/calendar.js';
import type { ExerciseLog, History, Prescription, SessionLog } from '../history/history.js';
import type { Program, Side } from '../program/program.js';
import type { ExerciseDefinition, PhaseNumber, Text } from '../protocol/types.js';
import { sideInWords } from '../wording/dose-words.js';
import type { PlanInput } from './context.js';
import type { Decision } from './plan.js';
import { type ExercisePrescription, prescribe } from './prescription.js';
import { recentLogsOf } from './recent-logs.js';

/** The sides of a both-sides program, in the order the patient does them. */
export const BOTH_LEGS: readonly Side[] = ['left', 'right'];

/** Whether a logged exercise counts for `side`: logs without a side were done on the program's one side. */
export function loggedOnSide(log: Pick<ExerciseLog, 'side'>, side: Side | 'both'): boolean {
  return log.side === undefined || side === 'both' || log.side === 'both' || log.side === side;
}

const byLeg = new WeakMap<readonly SessionLog[], Readonly<Record<Side, readonly SessionLog[]>>>();

function sessionsOfLeg(sessions: readonly SessionLog[], side: Side): readonly SessionLog[] {
  let cached = byLeg.get(sessions);
  if (!cached) {
    const keep = (leg: Side) =>
      sessions.map((session) => ({
        ...session,
        exercises: session.exercises.filter((log) => loggedOnSide(log, leg)),
      }));
    cached = { left: keep('left'), right: keep('right') };
    byLeg.set(sessions, cached);
  }
  return cached[side];
}

/**
 * One leg's view of a both-sides program: the program as if it treated that leg alone, with the session
 * logs holding that leg's exercises and the both-leg ones. Every dose rule (progression, the pain stop,
 * next-morning regression, the good-day test) then runs for each leg from that leg's own logs, exactly
 * as for a one-sided program with those logs; phases, check-ins and screens stay the patient's.
 *
 * @example
 * prescribe(inputForLeg(input, 'left'), sidelyingAbduction, date, phase);
 */
export function inputForLeg(input: PlanInput, side: Side | 'both'): PlanInput {
  if (side === 'both' || input.program.side !== 'both') return input;
  const history: History = { ...input.history, sessionLogs: sessionsOfLeg(input.history.sessionLogs, side) };
  return { ...input, program: { ...input.program, side }, history };
}

const LEG_HEADINGS: Readonly<Record<Side, Text>> = {
  left: { en: 'Left leg', es: 'Pierna izquierda' },
  right: { en: 'Right leg', es: 'Pierna derecha' },
};

/**
 * A dose decision of one leg of a both-sides program, headed with the leg it is about, so the two
 * decisions of one exercise read apart; other decisions are returned as they are.
 *
 * @example
 * onLeg(program, 'left', decision).text.en; // 'Left leg: ...'
 */
export function onLeg(program: Pick<Program, 'side'>, side: Side | 'both', decision: Decision): Decision {
  if (program.side !== 'both' || side === 'both') return decision;
  const heading = LEG_HEADINGS[side];
  return {
    ...decision,
    text: { en: `${heading.en}: ${decision.text.en}`, es: `${heading.es}: ${decision.text.es}` },
    data: { ...decision.data, side },
  };
}

/**
 * An exercise's name with the leg in brackets for one leg of a both-sides program; the name alone otherwise.
 *
 * @example
 * namedForLeg({ side: 'both' }, 'left', name).en; // 'Side-lying leg lift (left leg)'
 */
export function namedForLeg(program: Pick<Program, 'side'>, side: Side | 'both', name: Text): Text {
  if (program.side !== 'both' || side === 'both') return name;
  return { en: `${name.en} (${sideInWords(side, 'en')})`, es: `${name.es} (${sideInWords(side, 'es')})` };
}

/** One planned entry of an exercise: the side it is for, the view of the program it was planned from. */
export interface SidePrescription extends ExercisePrescription {
  side: Side | 'both';
  input: PlanInput;
}

function onOneLegRung(exercise: ExerciseDefinition, prescription: Prescription): boolean {
  const { progression } = exercise;
  return progression.kind === 'ladder' && progression.steps[prescription.step]?.oneLeg === true;
}

function hasOneLegRungs(exercise: ExerciseDefinition): boolean {
  return exercise.progression.kind === 'ladder' && exercise.progression.steps.some((step) => step.oneLeg);
}

/**
 * An exercise's entries in a day's plan, each with its dose (CLINICAL 4c): a one-leg exercise on the
 * program's side, or on each leg in turn, each leg's dose from that leg's own logs by the same rules; an
 * exercise of both legs at once (a both-leg bridge or squat) once. A both-leg exercise reaching an offset
 * or single-leg stage splits there: that stage begins on each leg at the shared dose, then each leg
 * progresses from its own logs, and the legs join again if both come back to the same both-leg dose.
 *
 * @example
 * prescribeEachSide(input, sidelyingAbduction, date, 2).map((entry) => entry.side); // ['left', 'right']
 */
export function prescribeEachSide(
  input: PlanInput,
  exercise: ExerciseDefinition,
  date: IsoDate,
  phase: PhaseNumber,
): SidePrescription[] {
  const { side } = input.program;
  const once = (entrySide: Side | 'both'): SidePrescription[] => [
    { side: entrySide, input, ...prescribe(input, exercise, date, phase) },
  ];
  if (side !== 'both') return once(exercise.side === 'injured' ? side : 'both');
  const eachLeg = () =>
    BOTH_LEGS.map((leg) => {
      const view = inputForLeg(input, leg);
      return { side: leg, input: view, ...prescribe(view, exercise, date, phase) };
    });
  if (exercise.side === 'injured') return eachLeg();
  if (!hasOneLegRungs(exercise)) return once('both');
  const lastSide = recentLogsOf(input, exercise.id, date, 1)[0]?.log.side;
  if (lastSide === undefined || lastSide === 'both') {
    const whole = prescribe(input, exercise, date, phase);
    if (!onOneLegRung(exercise, whole.prescription)) return [{ side: 'both', input, ...whole }];
    return BOTH_LEGS.map((leg) => ({ side: leg, input: inputForLeg(input, leg), ...whole }));
  }
  const legs = eachLeg();
  const [left, right] = legs;
  const joined =
    left &&
    right &&
    !onOneLegRung(exercise, left.prescription) &&
    isDeepStrictEqualPrescription(left.prescription, right.prescription);
  return joined ? [{ ...left, side: 'both', input }] : legs;
}

function isDeepStrictEqualPrescription(a: Prescription, b: Prescription): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
