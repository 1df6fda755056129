import type { z } from '@hono/zod-openapi';
import type { outcomeScoreInput, strengthTestInput } from '@minimus/contract';
import { checkOutcomeTotal, DEFAULT_PROTOCOL, type OutcomeScore, type Protocol } from '@minimus/core';
import { AppError } from '../http/app-error.js';
import { refreshAfterChange } from './attention-snapshot.js';
import { withPatient } from './patient-access.js';
import { followedProtocol } from './program-protocol.js';
import type { UseCaseContext } from './request-context.js';

/** Strength tests are entered by the therapist, who is recorded as their author. */
export function recordStrengthTest(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof strengthTestInput>,
): Promise<{ id: string } & z.infer<typeof strengthTestInput>> {
  return withPatient(context, patientId, 'strength-test.create', ['therapist'], async (patient) => {
    const id = await context.repos.history.addStrengthTest({
      patientId: patient.id,
      ...input,
      authorId: context.actor.userId,
      authorName: context.actor.name,
    });
    await refreshAfterChange(context.repos, patient);
    return { id, ...input };
  });
}

/**
 * A total must lie in the instrument's range under the protocol the patient's program follows; a total
 * outside it is refused as the request schema refuses one, naming the field and the range.
 */
export function requireOutcomeTotalInRange(
  protocol: Pick<Protocol, 'outcomes'>,
  input: Pick<z.infer<typeof outcomeScoreInput>, 'instrument' | 'total'>,
): void {
  const check = checkOutcomeTotal(protocol.outcomes, input.instrument, input.total);
  if (check.kind === 'out-of-range') {
    throw new AppError('validation_failed', undefined, [
      { path: 'total', message: `${input.instrument} totals run from ${check.min} to ${check.max}` },
    ]);
  }
}

async function patientProtocol(context: UseCaseContext, patientId: string): Promise<Protocol> {
  const current = await context.repos.programs.latest(patientId);
  return current ? followedProtocol(current.program.protocol) : DEFAULT_PROTOCOL;
}

export function recordOutcomeScore(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof outcomeScoreInput>,
): Promise<{ id: string } & z.infer<typeof outcomeScoreInput>> {
  return withPatient(context, patientId, 'outcome-score.create', ['therapist'], async (patient) => {
    requireOutcomeTotalInRange(await patientProtocol(context, patient.id), input);
    const id = await context.repos.history.addOutcomeScore({
      patientId: patient.id,
      ...input,
      authorId: context.actor.userId,
      authorName: context.actor.name,
    });
    await refreshAfterChange(context.repos, patient);
    return { id, ...input };
  });
}

/** The patient's LEFS and VISA-G totals, newest first, each with the therapist who entered it. */
export function listOutcomeScores(context: UseCaseContext, patientId: string): Promise<OutcomeScore[]> {
  return withPatient(context, patientId, 'outcome-score.read', ['therapist', 'admin'], async (patient) => {
    const { history } = await context.repos.planner.state(patient);
    return [...history.outcomeScores].reverse();
  });
}
