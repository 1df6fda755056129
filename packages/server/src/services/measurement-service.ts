import type { z } from '@hono/zod-openapi';
import type { outcomeScoreInput, strengthTestInput } from '@minimus/contract';
import type { OutcomeScore } from '@minimus/core';
import { refreshAfterChange } from './attention-snapshot.js';
import { withPatient } from './patient-access.js';
import { planningState } from './plans.js';
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

export function recordOutcomeScore(
  context: UseCaseContext,
  patientId: string,
  input: z.infer<typeof outcomeScoreInput>,
): Promise<{ id: string } & z.infer<typeof outcomeScoreInput>> {
  return withPatient(context, patientId, 'outcome-score.create', ['therapist'], async (patient) => {
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
    const { history } = await planningState(context.repos, patient);
    return [...history.outcomeScores].reverse();
  });
}
