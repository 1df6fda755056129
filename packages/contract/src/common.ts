import { EXERCISE_IDS, isIsoDate, PHASE_NUMBERS } from '@minimus/core';
import { z } from 'zod';

/** Fields many requests and responses share. Metadata with an `id` becomes a named OpenAPI component. */
export const isoDate = z
  .string()
  .refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD')
  .meta({ example: '2026-03-10', format: 'date' });

/** A date as the server writes it: documented as a date, never checked on the way out. */
export const date = z.string().meta({ format: 'date' });
export const timestamp = z.string().meta({ format: 'date-time' });

export const painScore = z.number().int().min(0).max(10);
export const clientId = z
  .uuid()
  .meta({ description: 'Made on the device; a replay with the same id is stored once.' });
export const exerciseId = z.enum(EXERCISE_IDS).meta({ id: 'ExerciseId' });
/** `enum` spelled out: the OpenAPI generator would otherwise list only the first value of a literal. */
export const phaseNumber = z.literal(PHASE_NUMBERS).meta({ enum: [...PHASE_NUMBERS] });
export const condition = z.enum(['muscle-strain', 'tendinopathy']);
export const side = z.enum(['left', 'right']);
/** The sides a program treats: one leg, or both (CLINICAL 4c). */
export const programSide = z.enum(['left', 'right', 'both']);
export const effort = z.enum(['light', 'moderate', 'hard']);
export const loadKind = z.enum(['bodyweight', 'ankle-weight', 'resistance-band', 'barbell']);

/** Words in every language the apps speak. */
export const text = z.object({ en: z.string(), es: z.string() }).meta({ id: 'Text' });

export const timeZone = z.string().refine((value) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Madrid');

export const patientIdParam = z.object({
  patientId: z
    .string()
    .min(1)
    .max(64)
    .meta({ param: { name: 'patientId', in: 'path' } }),
});

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
    instance: z.string().optional(),
  })
  .meta({ id: 'Problem' });
