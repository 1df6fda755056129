import { z } from '@hono/zod-openapi';
import { EXERCISE_IDS, isIsoDate } from '@minimus/core';

export const isoDate = z
  .string()
  .refine(isIsoDate, 'must be a calendar date written YYYY-MM-DD')
  .openapi({ example: '2026-03-10', format: 'date' });

export const painScore = z.number().int().min(0).max(10);
export const clientId = z
  .uuid()
  .openapi({ description: 'Made on the device; a replay with the same id is stored once.' });
export const exerciseId = z.enum(EXERCISE_IDS);

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
    .openapi({ param: { name: 'patientId', in: 'path' } }),
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
  .openapi('Problem');

/** A domain value from @minimus/core, documented by name; its TypeScript type is the reference. */
export function domainObject<T>(name: string, description: string) {
  return z
    .custom<T>((value) => typeof value === 'object' && value !== null)
    .openapi(name, { type: 'object', description });
}
