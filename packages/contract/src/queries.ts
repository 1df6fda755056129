import { LOCALES } from '@minimus/core';
import { z } from 'zod';
import { isoDate } from './common.js';
import { MAX_PLAN_DAYS } from './limits.js';

/** The query strings of plan, log and export reads. */
export const planQuery = z.object({ date: isoDate.optional() });
export const plansQuery = z.object({
  from: isoDate.optional(),
  days: z.coerce.number().int().min(1).max(MAX_PLAN_DAYS).default(7),
});
export const sessionLogRangeQuery = z.object({
  from: isoDate.default('1900-01-01'),
  to: isoDate.default('9999-12-31'),
});
export const exportQuery = z.object({
  locale: z.enum(LOCALES).optional(),
  date: isoDate.optional(),
  messages: z
    .string()
    .max(37 * 200)
    .regex(/^[0-9a-f-]{36}(,[0-9a-f-]{36})*$/i, 'must be message ids separated by commas')
    .optional()
    .meta({
      description:
        'Physician summary only: the messages of the thread the therapist ticked to include (ids, comma-separated)',
    }),
});

export type ExportQuery = z.infer<typeof exportQuery>;
