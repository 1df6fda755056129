import type { z } from '@hono/zod-openapi';
import type { PatientProfile, patientInput, patientUpdateInput } from '@minimus/contract';
import { DEFAULT_PROTOCOL, newProgram } from '@minimus/core';
import { AppError } from '../http/app-error.js';
import { EmailTakenError } from '../repositories/account-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { Repositories } from '../repositories/repositories.js';
import { refreshAfterChange } from './attention-snapshot.js';
import { withPatient, withRole } from './patient-access.js';
import { todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';

async function profile(repos: Repositories, patient: PatientRow): Promise<PatientProfile> {
  const current = await repos.programs.latest(patient.id);
  if (!current) throw new AppError('not_found', 'This patient has no program yet');
  return {
    id: patient.id,
    name: patient.name,
    email: patient.email,
    timeZone: patient.timeZone,
    therapistId: patient.therapistId,
    createdAt: patient.createdAt.toISOString(),
    program: current.program,
    programVersion: current.version,
  };
}

type NewPatient = z.infer<typeof patientInput>;

async function registerPatient(
  repos: Repositories,
  context: UseCaseContext,
  input: NewPatient,
): Promise<string> {
  const account = await repos.accounts
    .createUser({ email: input.email, name: input.name, role: 'patient', clinicId: context.actor.clinicId })
    .catch((error: unknown) => {
      if (error instanceof EmailTakenError)
        throw new AppError('conflict', 'An account with this email exists already');
      throw error;
    });
  const id = await repos.patients.create({
    clinicId: context.actor.clinicId,
    userId: account.id,
    therapistId: context.actor.userId,
    name: input.name,
    timeZone: input.timeZone,
  });
  const program = newProgram({
    protocol: DEFAULT_PROTOCOL,
    injuryDate: input.injuryDate,
    side: input.side,
    timeZone: input.timeZone,
    requiresConfirmation: true,
    ...(input.restDays !== undefined ? { restDays: input.restDays } : {}),
    ...(input.condition ? { diagnosis: { condition: input.condition, author: context.actor.name } } : {}),
  });
  await repos.programs.append(id, {
    version: 1,
    program,
    kind: 'created',
    reason: 'Program created',
    authorId: context.actor.userId,
    authorName: context.actor.name,
  });
  return id;
}

/**
 * A therapist registers a patient: the account (no password until the invitation is accepted), the
 * patient record and version 1 of the program, all in one transaction.
 */
export async function createPatient(
  context: UseCaseContext,
  transaction: <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>,
  input: NewPatient,
): Promise<PatientProfile> {
  const patientId = await withRole(context, 'patient.register', ['therapist'], async () => {
    if (input.injuryDate > todayIn(input.timeZone)) {
      throw new AppError('validation_failed', undefined, [
        { path: 'injuryDate', message: 'must not be in the future' },
      ]);
    }
    return transaction((repos) => registerPatient(repos, context, input));
  });
  return withPatient(context, patientId, 'patient.create', ['therapist'], async (patient) => {
    await refreshAfterChange(context.repos, patient);
    return profile(context.repos, patient);
  });
}

export function getPatient(context: UseCaseContext, patientId: string): Promise<PatientProfile> {
  return withPatient(context, patientId, 'patient.read', ['patient', 'therapist', 'admin'], (patient) =>
    profile(context.repos, patient),
  );
}

/** The program carries the time zone its calendar dates are read in, so a move is a new program version. */
async function moveProgramTimeZone(
  context: UseCaseContext,
  patientId: string,
  timeZone: string,
): Promise<void> {
  const current = await context.repos.programs.latest(patientId);
  if (!current) throw new AppError('not_found', 'This patient has no program yet');
  const stored = await context.repos.programs.append(patientId, {
    version: current.version + 1,
    program: { ...current.program, timeZone },
    kind: 'time-zone',
    reason: `Time zone changed from ${current.program.timeZone} to ${timeZone}`,
    authorId: context.actor.userId,
    authorName: context.actor.name,
  });
  if (!stored)
    throw new AppError('conflict', 'The program changed at the same time; reload it and try again');
}

export function updatePatient(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof patientUpdateInput>,
): Promise<PatientProfile> {
  return withPatient(context, patientId, 'patient.update', ['therapist'], async (patient) => {
    if (input.timeZone && input.timeZone !== patient.timeZone)
      await moveProgramTimeZone(context, patient.id, input.timeZone);
    await context.repos.patients.update(patient.id, input);
    const updated = await context.repos.patients.find(patient.id);
    if (!updated) throw new AppError('not_found', 'No such patient');
    return profile(context.repos, updated);
  });
}
