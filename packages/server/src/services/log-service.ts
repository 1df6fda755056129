import type { z } from '@hono/zod-openapi';
import type { checkInInput, psfsInput, screenInput, sessionLogInput } from '@minimus/contract';
import type { CheckIn, ExerciseLog, IsoDate, PsfsEntry, ScreenAnswers, SessionLog } from '@minimus/core';
import { addDays, stampFromPlan } from '@minimus/core';
import { AppError } from '../http/app-error.js';
import type { Stored } from '../repositories/history-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import { refreshAfterChange } from './attention-snapshot.js';
import { withPatient } from './patient-access.js';
import { planningState, planOn, todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';

const WRITERS = ['patient', 'therapist'] as const;

/** A date from a device must fall within the program and not after today (a day's slack for zones). */
function checkDate(patient: PatientRow, startDate: IsoDate, date: IsoDate): void {
  if (date > addDays(todayIn(patient.timeZone), 1)) {
    throw new AppError('validation_failed', undefined, [
      { path: 'date', message: 'must not be in the future' },
    ]);
  }
  if (date < startDate) {
    throw new AppError('validation_failed', undefined, [
      { path: 'date', message: `must not be before the program starts (${startDate})` },
    ]);
  }
}

async function afterWrite<T>(
  context: UseCaseContext,
  patient: PatientRow,
  stored: Stored<T>,
): Promise<Stored<T>> {
  if (stored.created) await refreshAfterChange(context.repos, patient);
  return stored;
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
  return withPatient(context, patientId, 'session-log.create', WRITERS, async (patient) => {
    const state = await planningState(context.repos, patient);
    checkDate(patient, state.program.startDate, input.date);
    const plan = planOn(state, input.date, context.repos.planningCache);
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
    const stored = await context.repos.history.addSessionLog(patient.id, input.clientId, {
      date: input.date,
      stamp: stampFromPlan(plan),
      baselinePain: input.baselinePain,
      exercises,
    });
    return afterWrite(context, patient, stored);
  });
}

export function recordCheckIn(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof checkInInput>,
): Promise<Stored<CheckIn>> {
  return withPatient(context, patientId, 'check-in.create', WRITERS, async (patient) => {
    const state = await planningState(context.repos, patient);
    checkDate(patient, state.program.injuryDate, input.date);
    const { clientId, ...entry } = input;
    return afterWrite(context, patient, await context.repos.history.addCheckIn(patient.id, clientId, entry));
  });
}

export function recordScreen(
  context: UseCaseContext,
  patientId: string,
  kind: 'red-flag' | 'tendinopathy',
  input: z.infer<typeof screenInput>,
): Promise<Stored<ScreenAnswers>> {
  return withPatient(context, patientId, `screen.${kind}.create`, WRITERS, async (patient) => {
    const state = await planningState(context.repos, patient);
    const items =
      kind === 'red-flag' ? state.protocol.screens.redFlag.items : state.protocol.screens.tendinopathy.items;
    const unknown = Object.keys(input.answers).filter((id) => !items.some((item) => item.id === id));
    if (unknown.length > 0) {
      throw new AppError(
        'validation_failed',
        undefined,
        unknown.map((id) => ({ path: `answers.${id}`, message: 'not an item of this screen' })),
      );
    }
    checkDate(patient, state.program.injuryDate, input.date);
    const stored = await context.repos.history.addScreen(patient.id, input.clientId, kind, {
      date: input.date,
      answers: input.answers,
    });
    return afterWrite(context, patient, stored);
  });
}

export function recordPsfs(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof psfsInput>,
): Promise<Stored<PsfsEntry>> {
  return withPatient(context, patientId, 'psfs.create', WRITERS, async (patient) => {
    const state = await planningState(context.repos, patient);
    checkDate(patient, state.program.injuryDate, input.date);
    const stored = await context.repos.history.addPsfs(patient.id, input.clientId, {
      date: input.date,
      activities: input.activities,
    });
    return afterWrite(context, patient, stored);
  });
}

export function listSessionLogs(context: UseCaseContext, patientId: string, from: IsoDate, to: IsoDate) {
  return withPatient(context, patientId, 'session-log.read', ['patient', 'therapist', 'admin'], () =>
    context.repos.history.sessionLogsBetween(patientId, from, to),
  );
}
