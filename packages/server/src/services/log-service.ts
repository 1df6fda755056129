import { isDeepStrictEqual } from 'node:util';
import type { z } from '@hono/zod-openapi';
import type { checkInInput, psfsInput, screenInput, sessionLogInput } from '@minimus/contract';
import {
  type CheckIn,
  type DayPlan,
  type ExerciseId,
  type ExerciseLog,
  type IsoDate,
  isOnLadder,
  logDateProblem,
  loggedSideMatch,
  type PlannedExercise,
  type Prescription,
  type Program,
  type Protocol,
  type PsfsEntry,
  type ScreenAnswers,
  type SessionLog,
  type Side,
  sessionLogProblem,
  stampFromPlan,
} from '@minimus/core';
import { AppError } from '../http/app-error.js';
import type { Stored } from '../repositories/history-repository.js';
import { withPatient } from './patient-access.js';
import { type DeviceWrite, type PatientWrite, writeForPatient } from './patient-write.js';
import type { UseCaseContext } from './request-context.js';

const WRITERS = ['patient', 'therapist'] as const;

/** A date from a device must fall within the program and not after today (the rule is core's). */
function checkDate(write: PatientWrite, earliest: IsoDate, date: IsoDate): void {
  const problem = logDateProblem(date, { today: write.today, earliest });
  if (!problem) return;
  const message =
    problem.rule === 'future'
      ? 'must not be in the future'
      : `must not be before the program starts (${earliest})`;
  throw new AppError('validation_failed', undefined, [{ path: 'date', message }]);
}

/**
 * What a log records of the dose (offline fidelity): the prescription the phone showed, when it sent one
 * that lies on the exercise's ladder (or is the server's own), with the server's plan beside it where the
 * two differ; otherwise the server's plan.
 */
/** Whether a shown dose is one a therapist set for this exercise (a dose edit may lie off the ladder). */
function setByTherapist(program: Program, exerciseId: ExerciseId, shown: Prescription): boolean {
  return program.doseEdits.some(
    (edit) =>
      edit.exerciseId === exerciseId &&
      (edit.sets ?? shown.sets) === shown.sets &&
      (edit.reps ?? shown.reps) === shown.reps &&
      (edit.holdSeconds ?? shown.holdSeconds) === shown.holdSeconds &&
      (edit.loadKg ?? shown.loadKg) === shown.loadKg,
  );
}

function prescriptionsOf(
  { protocol, program }: { protocol: Protocol; program: Program },
  exerciseId: ExerciseId,
  planned: Prescription,
  shown: Prescription | undefined,
  index: number,
): Pick<ExerciseLog, 'prescription' | 'serverPrescription'> {
  if (!shown || isDeepStrictEqual(shown, planned)) return { prescription: planned };
  const definition = protocol.exercises.find((candidate) => candidate.id === exerciseId);
  if (!definition || !(isOnLadder(definition, shown) || setByTherapist(program, exerciseId, shown))) {
    throw new AppError('validation_failed', undefined, [
      {
        path: `exercises.${index}.shownPrescription`,
        message: 'is not a dose of this exercise: it lies on none of its ladder rungs or load steps',
      },
    ]);
  }
  return { prescription: shown, serverPrescription: planned };
}

const SIDE_NAMES: Readonly<Record<Side | 'both', string>> = {
  left: 'the left leg',
  right: 'the right leg',
  both: 'both legs at once',
};

/**
 * The plan's entry a logged exercise was done as: its side must be one the plan has for it (a
 * both-sides program plans each leg; a one-sided program only its leg), else the log is refused whole.
 */
function plannedFor(
  plan: DayPlan,
  date: IsoDate,
  exercise: { exerciseId: ExerciseId; side?: Side | 'both' | undefined },
  index: number,
): PlannedExercise {
  const match = loggedSideMatch(plan, exercise.exerciseId, exercise.side);
  const planned = (sides: readonly (Side | 'both')[]) => sides.map((side) => SIDE_NAMES[side]).join(' and ');
  switch (match.kind) {
    case 'planned':
      return match.planned;
    case 'not-planned':
      throw new AppError('validation_failed', undefined, [
        {
          path: `exercises.${index}.exerciseId`,
          message: `${exercise.exerciseId} is not in the plan of ${date}`,
        },
      ]);
    case 'side-not-planned':
      throw new AppError('validation_failed', undefined, [
        {
          path: `exercises.${index}.side`,
          message: `${exercise.exerciseId} is not planned for ${SIDE_NAMES[exercise.side ?? 'both']} on ${date}: this program plans it for ${planned(match.sides)}`,
        },
      ]);
    case 'side-needed':
      throw new AppError('validation_failed', undefined, [
        {
          path: `exercises.${index}.side`,
          message: `must say which leg: ${exercise.exerciseId} is planned for ${planned(match.sides)} on ${date}`,
        },
      ]);
  }
}

/**
 * Stores a session log stamped with the phase and each exercise's prescription from the plan of its
 * own date (ADR 2), so later plans continue from what the patient really did.
 */
export function recordSessionLog(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof sessionLogInput>,
): Promise<Stored<SessionLog>> {
  return writeForPatient(context, patientId, 'session-log.create', WRITERS, (write): DeviceWrite => {
    checkDate(write, write.state.program.startDate, input.date);
    const plan = write.plan(input.date);
    const prescribed = (id: ExerciseId, side: Side | 'both' | undefined) => {
      const match = loggedSideMatch(plan, id, side);
      return match.kind === 'planned' ? match.planned.prescription : undefined;
    };
    const bounds = sessionLogProblem(write.state.protocol, input.exercises, prescribed);
    if (bounds) throw new AppError('validation_failed', undefined, [bounds]);
    const exercises: ExerciseLog[] = input.exercises.map((exercise, index) => {
      const planned = plannedFor(plan, input.date, exercise, index);
      const { shownPrescription, ...logged } = exercise;
      const prescriptions = prescriptionsOf(
        write.state,
        exercise.exerciseId,
        planned.prescription,
        shownPrescription,
        index,
      );
      return { ...logged, side: planned.side, ...prescriptions };
    });
    const entry: SessionLog = {
      id: write.newId,
      date: input.date,
      stamp: stampFromPlan(plan),
      baselinePain: input.baselinePain,
      exercises,
    };
    const record = { ...entry, clientId: input.clientId };
    return { table: 'session_log', record, addition: { list: 'sessionLogs', entry } };
  });
}

export function recordCheckIn(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof checkInInput>,
): Promise<Stored<CheckIn>> {
  return writeForPatient(context, patientId, 'check-in.create', WRITERS, (write): DeviceWrite => {
    checkDate(write, write.state.program.injuryDate, input.date);
    const { clientId, date, nextMorningPain, worstPain24h, walkingPain } = input;
    const entry: CheckIn = { id: write.newId, date, nextMorningPain, worstPain24h, walkingPain };
    return { table: 'check_in', record: { ...entry, clientId }, addition: { list: 'checkIns', entry } };
  });
}

type ScreenKind = 'red-flag' | 'tendinopathy' | 'falls' | 'maintenance-check-in';

const SCREEN_LISTS = {
  'red-flag': 'redFlagScreens',
  tendinopathy: 'tendinopathyScreens',
  falls: 'fallsScreens',
  'maintenance-check-in': 'maintenanceCheckIns',
} as const;

/** The item ids of a screen, and whether every one of them must be answered (a score needs them all). */
function screenItems(screens: Protocol['screens'], kind: ScreenKind): { ids: string[]; complete: boolean } {
  switch (kind) {
    case 'red-flag':
      return {
        ids: [...screens.redFlag.items.map((item) => item.id), screens.redFlag.healthChange.id],
        complete: false,
      };
    case 'tendinopathy':
      return { ids: screens.tendinopathy.items.map((item) => item.id), complete: false };
    case 'falls':
      return { ids: screens.falls.items.map((item) => item.id), complete: true };
    case 'maintenance-check-in':
      return { ids: screens.maintenanceCheckIn.items.map((item) => item.id), complete: true };
  }
}

function checkAnswers(screens: Protocol['screens'], kind: ScreenKind, answers: Record<string, boolean>) {
  const { ids, complete } = screenItems(screens, kind);
  const unknown = Object.keys(answers)
    .filter((id) => !ids.includes(id))
    .map((id) => ({ path: `answers.${id}`, message: 'not an item of this screen' }));
  const missing = complete
    ? ids
        .filter((id) => !(id in answers))
        .map((id) => ({ path: `answers.${id}`, message: 'must be answered' }))
    : [];
  if (unknown.length + missing.length > 0)
    throw new AppError('validation_failed', undefined, [...unknown, ...missing]);
}

export function recordScreen(
  context: UseCaseContext,
  patientId: string,
  kind: ScreenKind,
  input: z.infer<typeof screenInput>,
): Promise<Stored<ScreenAnswers>> {
  return writeForPatient(context, patientId, `screen.${kind}.create`, WRITERS, (write): DeviceWrite => {
    checkAnswers(write.state.protocol.screens, kind, input.answers);
    checkDate(write, write.state.program.injuryDate, input.date);
    const entry: ScreenAnswers = { id: write.newId, date: input.date, answers: input.answers };
    const list = SCREEN_LISTS[kind];
    const record = { id: entry.id, clientId: input.clientId, kind, date: entry.date, answers: entry.answers };
    return { table: 'screen', record, addition: { list, entry } };
  });
}

export function recordPsfs(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof psfsInput>,
): Promise<Stored<PsfsEntry>> {
  return writeForPatient(context, patientId, 'psfs.create', WRITERS, (write): DeviceWrite => {
    checkDate(write, write.state.program.injuryDate, input.date);
    const entry: PsfsEntry = { id: write.newId, date: input.date, activities: input.activities };
    return {
      table: 'psfs_entry',
      record: { ...entry, clientId: input.clientId },
      addition: { list: 'psfs', entry },
    };
  });
}

export function listSessionLogs(context: UseCaseContext, patientId: string, from: IsoDate, to: IsoDate) {
  return withPatient(context, patientId, 'session-log.read', ['patient', 'therapist', 'admin'], () =>
    context.repos.history.sessionLogsBetween(patientId, from, to),
  );
}
