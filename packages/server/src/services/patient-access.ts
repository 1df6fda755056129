import type { Role } from '../auth/actor.js';
import { AppError } from '../http/app-error.js';
import type { AuditOutcome } from '../repositories/audit-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { UseCaseContext } from './request-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A patient account sees only itself; staff see only their own clinic's patients. */
export function canSee(context: Pick<UseCaseContext, 'actor'>, patient: PatientRow): boolean {
  const { actor } = context;
  return actor.role === 'patient' ? patient.userId === actor.userId : patient.clinicId === actor.clinicId;
}

export async function audit(
  context: UseCaseContext,
  action: string,
  patientId: string | null,
  outcome: AuditOutcome,
  sameAs?: string,
): Promise<void> {
  await context.repos.audit.record(
    {
      actorId: context.actor.userId,
      actorRole: context.actor.role,
      clinicId: context.actor.clinicId,
      action,
      patientId: patientId && UUID.test(patientId) ? patientId : null,
      outcome,
      requestId: context.requestId,
    },
    sameAs,
  );
}

export function outcomeOf(error: unknown): AuditOutcome {
  return error instanceof AppError && (error.code === 'forbidden' || error.code === 'not_found')
    ? 'denied'
    : 'failed';
}

/**
 * The patient named, when the caller may see them and act in one of `roles`; otherwise an error (a
 * patient not theirs is "not found", so ids cannot be probed).
 */
export async function visiblePatient(
  context: UseCaseContext,
  patientId: string,
  roles: readonly Role[],
): Promise<PatientRow> {
  const patient = await context.repos.patients.find(patientId);
  if (!patient || !canSee(context, patient)) throw new AppError('not_found', 'No such patient');
  if (!roles.includes(context.actor.role))
    throw new AppError('forbidden', `A ${context.actor.role} may not do this`);
  return patient;
}

/**
 * Runs a use case on one patient's data: checks the caller may see that patient (a patient not theirs
 * is "not found", so ids cannot be probed) and may do this action, and writes the audit row whatever
 * the outcome. A read an app repeats on a timer names what it returned (`repeatedRead`), so that the
 * same answer read again moments later stands on the row already stored (see `batchedAuditRecorder`).
 *
 * @example
 * await withPatient(context, patientId, 'plan.read', ['patient', 'therapist'], (patient) => planFor(patient));
 */
export async function withPatient<T>(
  context: UseCaseContext,
  patientId: string,
  action: string,
  roles: readonly Role[],
  work: (patient: PatientRow) => Promise<T>,
  options: { repeatedRead?: (result: T) => string } = {},
): Promise<T> {
  try {
    const patient = await visiblePatient(context, patientId, roles);
    const result = await work(patient);
    await audit(context, action, patientId, 'allowed', options.repeatedRead?.(result));
    return result;
  } catch (error) {
    await audit(context, action, patientId, outcomeOf(error));
    throw error;
  }
}

/** Runs a use case that touches no single patient (lists, clinic views), checking role and auditing it. */
export async function withRole<T>(
  context: UseCaseContext,
  action: string,
  roles: readonly Role[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    if (!roles.includes(context.actor.role))
      throw new AppError('forbidden', `A ${context.actor.role} may not do this`);
    const result = await work();
    await audit(context, action, null, 'allowed');
    return result;
  } catch (error) {
    await audit(context, action, null, outcomeOf(error));
    throw error;
  }
}
