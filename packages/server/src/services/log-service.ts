import type { z } from '@hono/zod-openapi';
import {
  type CheckIn,
  type ExerciseLog,
  type IsoDate,
  logDateProblem,
  type PsfsEntry,
  type ScreenAnswers,
  type SessionLog,
  stampFromPlan,
} from '@minimus/core';
import { AppError } from '../http/app-error.js';
import type { Stored } from '../repositories/history-repository.js';
import type { checkInInput, psfsInput, screenInput, sessionLogInput } from '../schemas/records.js';
import { withPatient } from './patient-access.js';
import { type PatientWrite, writeForPatient } from './patient-write.js';
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

/** The stored record as the history holds it: without the device's clientId. */
function entryOf<T extends { clientId: string }>(record: T): Omit<T, 'clientId'> {
  const { clientId: _clientId, ...entry } = record;
  return entry;
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
  return writeForPatient(context, patientId, 'session-log.create', WRITERS, async (write) => {
    checkDate(write, write.state.program.startDate, input.date);
    const plan = write.plan(input.date);
    const exercises: ExerciseLog[] = input.exercises.map((exercise, index) => {
      const planned = plan.exercises.find((item) => item.exerciseId === exercise.exerciseId);
      if (!planned) {
        throw new AppError('validation_failed', undefined, [
          {
            path: `exercises.${index}.exerciseId`,
            message: `${exercise.exerciseId} is not in the plan of ${input.date}`,
          },
        ]);
      }
      return { ...exercise, prescription: planned.prescription };
    });
    const stored = await write.repos.history.addSessionLog(write.patient.id, input.clientId, {
      date: input.date,
      stamp: stampFromPlan(plan),
      baselinePain: input.baselinePain,
      exercises,
    });
    return { stored, addition: { list: 'sessionLogs', entry: entryOf(stored.record) } };
  });
}

export function recordCheckIn(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof checkInInput>,
): Promise<Stored<CheckIn>> {
  return writeForPatient(context, patientId, 'check-in.create', WRITERS, async (write) => {
    checkDate(write, write.state.program.injuryDate, input.date);
    const { clientId, ...entry } = input;
    const stored = await write.repos.history.addCheckIn(write.patient.id, clientId, entry);
    return { stored, addition: { list: 'checkIns', entry: entryOf(stored.record) } };
  });
}

export function recordScreen(
  context: UseCaseContext,
  patientId: string,
  kind: 'red-flag' | 'tendinopathy',
  input: z.infer<typeof screenInput>,
): Promise<Stored<ScreenAnswers>> {
  return writeForPatient(context, patientId, `screen.${kind}.create`, WRITERS, async (write) => {
    const { screens } = write.state.protocol;
    const items = kind === 'red-flag' ? screens.redFlag.items : screens.tendinopathy.items;
    const unknown = Object.keys(input.answers).filter((id) => !items.some((item) => item.id === id));
    if (unknown.length > 0) {
      throw new AppError(
        'validation_failed',
        undefined,
        unknown.map((id) => ({ path: `answers.${id}`, message: 'not an item of this screen' })),
      );
    }
    checkDate(write, write.state.program.injuryDate, input.date);
    const stored = await write.repos.history.addScreen(write.patient.id, input.clientId, kind, {
      date: input.date,
      answers: input.answers,
    });
    const { kind: _kind, ...entry } = entryOf(stored.record);
    const list = kind === 'red-flag' ? 'redFlagScreens' : 'tendinopathyScreens';
    return { stored, addition: { list, entry } };
  });
}

export function recordPsfs(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof psfsInput>,
): Promise<Stored<PsfsEntry>> {
  return writeForPatient(context, patientId, 'psfs.create', WRITERS, async (write) => {
    checkDate(write, write.state.program.injuryDate, input.date);
    const stored = await write.repos.history.addPsfs(write.patient.id, input.clientId, {
      date: input.date,
      activities: input.activities,
    });
    return { stored, addition: { list: 'psfs', entry: entryOf(stored.record) } };
  });
}

export function listSessionLogs(context: UseCaseContext, patientId: string, from: IsoDate, to: IsoDate) {
  return withPatient(context, patientId, 'session-log.read', ['patient', 'therapist', 'admin'], () =>
    context.repos.history.sessionLogsBetween(patientId, from, to),
  );
}
