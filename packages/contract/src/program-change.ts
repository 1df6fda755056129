import { hasNoConsecutiveWeekdays, PHASE_NUMBERS } from '@minimus/core';
import { z } from 'zod';
import { exerciseId, isoDate, programSide } from './common.js';

const common = {
  reason: z.string().trim().min(3).max(1000),
  effectiveFrom: isoDate.optional().meta({ description: "Default: today in the patient's time zone." }),
};

/** The therapist's program changes, one shape per kind; every one needs a reason. */
export const programChangeInput = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('dose-edit'),
      exerciseId,
      sets: z.number().int().min(1).max(10).nullable(),
      reps: z.number().int().min(1).max(50).nullable(),
      holdSeconds: z.number().int().min(1).max(120).nullable(),
      effort: z.enum(['light', 'moderate', 'hard']).nullable(),
      loadKg: z.number().min(0).max(50).nullable(),
      loadKind: z.enum(['bodyweight', 'ankle-weight', 'resistance-band', 'barbell']).nullable(),
      frequency: z.enum(['daily', 'resistance-days']).nullable().optional().meta({
        description: "Any stage may be set to daily; null or absent keeps the stage's own frequency.",
      }),
      ...common,
    }),
    z.strictObject({ kind: z.literal('lock'), exerciseId, locked: z.boolean(), ...common }),
    z.strictObject({
      kind: z.literal('diagnosis'),
      condition: z.enum(['muscle-strain', 'tendinopathy']),
      ...common,
    }),
    z.strictObject({
      kind: z.literal('phase-override'),
      phase: z.union(PHASE_NUMBERS.map((phase) => z.literal(phase))),
      ...common,
    }),
    z.strictObject({
      kind: z.literal('sign-off'),
      signOff: z.enum([
        'resistance-gate',
        'discharge',
        'tendinopathy-isometrics',
        'resume-after-red-flag',
        'program-confirmed',
        'physician-referral',
      ]),
      ...common,
    }),
    z.strictObject({ kind: z.literal('selection'), exerciseId, included: z.boolean(), ...common }),
    z.strictObject({ kind: z.literal('rest-days'), restDays: z.number().int().min(2).max(7), ...common }),
    z.strictObject({
      kind: z.literal('side'),
      side: programSide.meta({
        description:
          "The leg the program treats, or both: each leg's one-leg exercises then run for each leg",
      }),
      ...common,
    }),
    z.strictObject({
      kind: z.literal('resistance-weekdays'),
      weekdays: z
        .array(z.number().int().min(1).max(7))
        .min(1)
        .max(3)
        .refine(
          hasNoConsecutiveWeekdays,
          'no two resistance days may follow each other (Sunday to Monday included)',
        ),
      ...common,
    }),
  ])
  .meta({ id: 'ProgramChange' });

export type ProgramChangeInput = z.infer<typeof programChangeInput>;
