import { checkOutcomeTotalInAny, PROTOCOLS } from '@minimus/core';
import { z } from 'zod';
import { clientId, exerciseId, isoDate, painScore, programSide } from './common.js';
import { prescription } from './domain/history.js';

/** A leg angle the camera can report: from hanging straight down (-90) to straight up the trunk (180). */
const legAngle = z.number().min(-90).max(180);

const cameraCount = z
  .strictObject({
    reps: z.number().int().min(0).max(500),
    peakDegrees: z.array(legAngle).max(500),
  })
  .refine((count) => count.peakDegrees.length === count.reps, {
    path: ['peakDegrees'],
    message: 'must give one peak angle per counted repetition',
  });

const performedSet = z.strictObject({
  reps: z.number().int().min(0).max(500).nullable(),
  holdSeconds: z.number().min(0).max(600).nullable(),
  loadKg: z.number().min(0).max(200),
  camera: cameraCount.optional().meta({
    description: "What the phone's camera counted (reps and peak angles only; frames never leave the phone)",
  }),
});

export const sessionLogInput = z
  .strictObject({
    clientId,
    date: isoDate,
    baselinePain: painScore,
    exercises: z
      .array(
        z.strictObject({
          exerciseId,
          side: programSide.optional().meta({
            description:
              "The leg it was done on (each leg's entry of a both-sides program names it), or both; absent: the plan's one side for that exercise",
          }),
          sets: z.array(performedSet).max(20),
          painScore,
          stoppedEarly: z.boolean(),
          shownPrescription: prescription.optional().meta({
            description:
              'The prescription the phone showed (planned offline); checked to lie on the exercise ladder',
          }),
        }),
      )
      .min(1)
      .max(20),
  })
  .meta({ id: 'SessionLogInput' });

export const checkInInput = z
  .strictObject({
    clientId,
    date: isoDate,
    nextMorningPain: painScore.nullable(),
    worstPain24h: painScore.nullable(),
    walkingPain: painScore.nullable(),
  })
  .meta({ id: 'CheckInInput' });

export const screenInput = z
  .strictObject({
    clientId,
    date: isoDate,
    answers: z.record(z.string().min(1).max(64), z.boolean()),
  })
  .meta({ id: 'ScreenInput' });

export const psfsInput = z
  .strictObject({
    clientId,
    date: isoDate,
    activities: z
      .array(z.strictObject({ name: z.string().trim().min(1).max(120), score: z.number().min(0).max(10) }))
      .min(1)
      .max(5),
  })
  .meta({ id: 'PsfsInput' });

/**
 * A measured value: 0, or between a thousandth and `max`. The columns are PostgreSQL `real`, where a
 * value such as 1e-300 underflows and fails; no strength or score is measured that finely.
 */
function measurement(max: number, allowZero = true) {
  return z
    .number()
    .min(0)
    .max(max)
    .refine((value) => (allowZero && value === 0) || value >= 0.001, {
      message: allowZero ? 'must be 0 or at least 0.001' : 'must be at least 0.001',
    });
}

export const strengthTestInput = z
  .strictObject({
    date: isoDate,
    method: z.enum(['dynamometer', 'reps-at-load', 'single-leg-stance']),
    injuredSide: measurement(10_000).meta({
      description: 'The injured side; the left leg on a program that treats both sides',
    }),
    uninjuredSide: measurement(10_000, false).meta({
      description: 'The other side; the right leg on a program that treats both sides',
    }),
    loadKg: measurement(200).nullable(),
  })
  .meta({ id: 'StrengthTestInput' });

/**
 * LEFS totals run 0-80 and VISA-G 0-100, whole points. A total no protocol takes is refused here; the
 * service then checks it against the protocol the patient's program follows.
 */
export const outcomeScoreInput = z
  .strictObject({
    date: isoDate,
    instrument: z.enum(['LEFS', 'VISA-G', 'HOOS']),
    total: z.number().int('must be a whole number of points').min(0),
  })
  .superRefine((score, check) => {
    const range = checkOutcomeTotalInAny(PROTOCOLS, score.instrument, score.total);
    if (range.kind === 'out-of-range')
      check.addIssue({
        code: 'custom',
        path: ['total'],
        message: `${score.instrument} totals run from ${range.min} to ${range.max}`,
      });
  })
  .meta({ id: 'OutcomeScoreInput' });

export type SessionLogInput = z.infer<typeof sessionLogInput>;
export type CheckInInput = z.infer<typeof checkInInput>;
export type ScreenInput = z.infer<typeof screenInput>;
export type PsfsInput = z.infer<typeof psfsInput>;
export type StrengthTestInput = z.infer<typeof strengthTestInput>;
export type OutcomeScoreInput = z.infer<typeof outcomeScoreInput>;

/** What a therapist's measurement write answers: the record as sent, with its new id. */
export const storedStrengthTest = z
  .object({
    id: z.string(),
    date: z.string().meta({ format: 'date' }),
    method: z.enum(['dynamometer', 'reps-at-load', 'single-leg-stance']),
    injuredSide: z.number(),
    uninjuredSide: z.number(),
    loadKg: z.number().nullable(),
  })
  .meta({ id: 'StoredStrengthTest' });

export const storedOutcomeScore = z
  .object({
    id: z.string(),
    date: z.string().meta({ format: 'date' }),
    instrument: z.enum(['LEFS', 'VISA-G', 'HOOS']),
    total: z.number(),
  })
  .meta({ id: 'StoredOutcomeScore' });

export type StoredStrengthTest = z.infer<typeof storedStrengthTest>;
export type StoredOutcomeScore = z.infer<typeof storedOutcomeScore>;
