import type { IsoDate } from '../calendar/calendar.js';
import type { Condition, ExerciseDefinition, PhaseNumber } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import { ruleDecision, therapistDecision } from './decision.js';
import { fallsGate, fallsScreenOn } from './falls.js';
import type { Decision, FallsPrecaution, LockedExercise } from './plan.js';

export interface Selection {
  exercises: ExerciseDefinition[];
  locked: LockedExercise[];
  decisions: Decision[];
  /** What a positive falls screen adds to each selected exercise, when anything, and why. */
  precautions: Map<ExerciseDefinition['id'], { precaution: FallsPrecaution; decision: Decision }>;
  /** Phase 3 with no exercise chosen by the therapist yet: none of its exercises is prescribed meanwhile. */
  awaitingTherapistChoice: boolean;
}

/** Whether the therapist has chosen any of the protocol's therapist-chosen exercises by `date`. */
export function therapistHasChosen(input: PlanInput, date: IsoDate): boolean {
  return input.protocol.exercises.some(
    (exercise) => exercise.therapistChosen && selectionOf(input, exercise, date)?.included === true,
  );
}

/**
 * The exercises of the day's phase for the patient's condition, plus the therapist's additions, minus
 * anything locked. Tendinopathy follows the LEAP timetable (`tendinopathyPhases`). In phase 3 the
 * therapist-chosen exercises come only from the therapist's choice (CLINICAL 5). Adduction exercises are
 * locked for tendinopathy whatever else is recorded: only a recorded muscle-strain diagnosis (which
 * changes the condition) releases them (CLINICAL 4b).
 */
export function selectExercises(
  input: PlanInput,
  phase: PhaseNumber,
  condition: Condition,
  date: IsoDate,
): Selection {
  const result: Selection = {
    exercises: [],
    locked: [],
    decisions: [],
    precautions: new Map(),
    awaitingTherapistChoice: false,
  };
  if (phase === 0) return result;
  const falls = fallsScreenOn(input, date);
  result.awaitingTherapistChoice = phase === 3 && !therapistHasChosen(input, date);
  for (const exercise of input.protocol.exercises) {
    if (!isInPhase(input, exercise, phase, condition, date)) continue;
    if (condition === 'tendinopathy' && exercise.tags.includes('adduction')) {
      result.locked.push({ exerciseId: exercise.id, ruleId: 'tendinopathy.adduction-locked' });
      result.decisions.push(adductionLockedDecision(exercise));
      continue;
    }
    const lock = latestEffective(input.program.locks, date, (entry) => entry.exerciseId === exercise.id);
    if (lock?.locked) {
      result.locked.push({ exerciseId: exercise.id, ruleId: 'exercise.therapist-lock' });
      result.decisions.push(
        therapistDecision(
          'exercise.therapist-lock',
          exercise.id,
          lock,
          {
            en: `${exercise.name.en} is paused by your therapist.`,
            es: `Su fisioterapeuta ha pausado: ${exercise.name.es}.`,
          },
          {},
        ),
      );
      continue;
    }
    const gate = fallsGate(input, exercise, falls, selectionOf(input, exercise, date));
    if (gate.kind === 'lock') {
      result.locked.push(gate.locked);
      result.decisions.push(gate.decision);
      continue;
    }
    if (gate.precaution && gate.decision)
      result.precautions.set(exercise.id, { precaution: gate.precaution, decision: gate.decision });
    result.exercises.push(exercise);
  }
  return result;
}

function selectionOf(input: PlanInput, exercise: ExerciseDefinition, date: IsoDate) {
  return latestEffective(input.program.selections, date, (entry) => entry.exerciseId === exercise.id);
}

/** The phases in which the protocol prescribes an exercise by default for the condition. */
export function defaultPhases(exercise: ExerciseDefinition, condition: Condition): readonly PhaseNumber[] {
  if (condition === 'tendinopathy' && exercise.tendinopathyPhases.length > 0)
    return exercise.tendinopathyPhases;
  return exercise.phases;
}

function isInPhase(
  input: PlanInput,
  exercise: ExerciseDefinition,
  phase: PhaseNumber,
  condition: Condition,
  date: IsoDate,
): boolean {
  const selection = selectionOf(input, exercise, date);
  const phases = defaultPhases(exercise, condition);
  if (selection) return selection.included && phase >= Math.min(...phases, ...exercise.phases);
  const leap = condition === 'tendinopathy' && exercise.tendinopathyPhases.includes(phase);
  if (leap) return true;
  if (!exercise.phases.includes(phase)) return false;
  // Phase-3 exercises the therapist chooses are never prescribed by default.
  if (exercise.therapistChosen) return false;
  return exercise.conditions.includes(condition) || exercise.tags.includes('adduction');
}

function adductionLockedDecision(exercise: ExerciseDefinition): Decision {
  return ruleDecision(
    'tendinopathy.adduction-locked',
    exercise.id,
    {
      en: `${exercise.name.en} is locked: crossing the leg over presses the gluteal tendons against the bone, which tendinopathy does not tolerate (Grimaldi & Fearon 2015). Only your therapist can release it by recording a muscle strain.`,
      es: `${exercise.name.es} está bloqueado: cruzar la pierna comprime los tendones glúteos contra el hueso, y la tendinopatía no lo tolera (Grimaldi y Fearon 2015). Solo su fisioterapeuta puede desbloquearlo registrando una distensión muscular.`,
    },
    { tag: 'adduction' },
  );
}
