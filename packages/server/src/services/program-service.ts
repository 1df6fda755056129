import type { ProgramChangeInput, ProgramView } from '@minimus/contract';
import { applyProgramChange, checkChangeDate, checkFallsSelection } from '@minimus/core';
import { AppError } from '../http/app-error.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { ProgramVersionRow } from '../repositories/program-repository.js';
import { refreshAfterChange } from './attention-snapshot.js';
import { withPatient } from './patient-access.js';
import { todayIn } from './plans.js';
import { followedProtocol } from './program-protocol.js';
import type { UseCaseContext } from './request-context.js';

function present(history: readonly ProgramVersionRow[]): ProgramView {
  const latest = history.at(-1);
  if (!latest) throw new AppError('not_found', 'This patient has no program yet');
  return {
    program: latest.program,
    version: latest.version,
    changes: history.map((row) => ({
      version: row.version,
      author: row.authorName,
      at: row.createdAt.toISOString(),
      reason: row.reason,
      kind: row.kind,
    })),
  };
}

export function getProgram(context: UseCaseContext, patientId: string): Promise<ProgramView> {
  return withPatient(context, patientId, 'program.read', ['patient', 'therapist', 'admin'], async () =>
    present(await context.repos.programs.history(patientId)),
  );
}

async function appendChange(
  context: UseCaseContext,
  patient: PatientRow,
  change: ProgramChangeInput,
): Promise<void> {
  const current = await context.repos.programs.latest(patient.id);
  if (!current) throw new AppError('not_found', 'This patient has no program yet');
  const attribution = {
    author: context.actor.name,
    effectiveFrom: change.effectiveFrom ?? todayIn(patient.timeZone),
    reason: change.reason,
  };
  if (checkChangeDate(current.program, attribution.effectiveFrom).kind === 'before-start') {
    throw new AppError('validation_failed', undefined, [
      { path: 'effectiveFrom', message: 'must not be before the program starts' },
    ]);
  }
  if (change.kind === 'selection') {
    const history = await context.repos.history.load(patient.id);
    const protocol = followedProtocol(current.program.protocol);
    const input = { protocol, program: current.program, history, date: attribution.effectiveFrom };
    const check = checkFallsSelection(input, change.exerciseId, change.included);
    if (check.kind !== 'ok')
      throw new AppError('validation_failed', undefined, [{ path: 'exerciseId', message: check.reason.en }]);
  }
  const stored = await context.repos.programs.append(patient.id, {
    version: current.version + 1,
    program: applyProgramChange(current.program, change, attribution),
    kind: change.kind,
    reason: change.reason,
    authorId: context.actor.userId,
    authorName: context.actor.name,
  });
  if (!stored)
    throw new AppError('conflict', 'The program changed at the same time; reload it and try again');
}

/** What confirming a program acknowledges: the confirmation task and the onboarding answers (CLINICAL 1). */
const ACKNOWLEDGED_BY_CONFIRMATION = new Set(['confirmation-needed', 'risk-factor', 'therapist-review']);

/**
 * Confirming the program acknowledges the open alerts it answers: the task to confirm, and the risk
 * factors and review items of the onboarding screen, each with the confirmation's reason as its note.
 */
async function acknowledgeOnboarding(context: UseCaseContext, patientId: string, reason: string) {
  const open = (await context.repos.alerts.listForPatient(patientId)).filter(
    (row) =>
      row.status === 'open' &&
      ACKNOWLEDGED_BY_CONFIRMATION.has(row.kind) &&
      (row.kind !== 'confirmation-needed' || row.key === 'confirm:program'),
  );
  for (const row of open)
    await context.repos.alerts.acknowledge(row.id, context.actor.userId, `Program confirmed: ${reason}`);
}

/** A therapist's change becomes a new program version with its author and reason. */
export function changeProgram(
  context: UseCaseContext,
  patientId: string,
  change: ProgramChangeInput,
): Promise<ProgramView> {
  return withPatient(context, patientId, `program.change.${change.kind}`, ['therapist'], async (patient) => {
    await appendChange(context, patient, change);
    if (change.kind === 'sign-off' && change.signOff === 'program-confirmed')
      await acknowledgeOnboarding(context, patient.id, change.reason);
    await refreshAfterChange(context.repos, patient);
    return present(await context.repos.programs.history(patientId));
  });
}
