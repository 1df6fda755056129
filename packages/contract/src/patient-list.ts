import { z } from 'zod';
import { date, text } from './common.js';

/** The clinic's patient list: its query, each reason a patient needs attention, and its pages. */

export const patientFilter = z.enum(['all', 'attention', 'active', 'suspended', 'discharged']);

export const patientListQuery = z.object({
  query: z.string().max(200).optional().meta({ description: 'Part of the patient name, any case' }),
  filter: patientFilter.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional().meta({ description: 'Patients per page (50)' }),
  cursor: z
    .string()
    .max(400)
    .optional()
    .meta({ description: 'The `nextCursor` of the previous page; absent for the first page' }),
});

export const attentionReasonView = z
  .discriminatedUnion('code', [
    z
      .object({ code: z.literal('program-suspended'), params: z.object({ since: date.nullable() }) })
      .meta({ description: 'A red-flag answer suspended the program (since the screen date)' }),
    z
      .object({ code: z.literal('awaiting-confirmation'), params: z.object({ startDate: date }) })
      .meta({ description: 'The program waits for the therapist to confirm it before day 1' }),
    z
      .object({
        code: z.literal('alert'),
        params: z.object({
          alertId: z.string(),
          kind: z.string(),
          severity: z.string(),
          ruleId: z.string(),
          date,
          message: text,
        }),
      })
      .meta({ description: 'An open alert the therapist was told of, with its rule and message' }),
    z
      .object({
        code: z.literal('awaiting-sign-off'),
        params: z.object({
          gate: z.enum(['discharge', 'phase-3-exercises', 'tendinopathy-isometrics']),
          ruleId: z.string(),
          alertId: z.string().nullable(),
          date,
          message: text.nullable(),
        }),
      })
      .meta({ description: 'The program waits for the therapist to sign off a gate or a choice' }),
    z
      .object({ code: z.literal('no-data'), params: z.object({ days: z.number().int() }) })
      .meta({ description: 'No data logged for `days` days (3 or more)' }),
    z
      .object({ code: z.literal('no-data-yet'), params: z.object({}) })
      .meta({ description: 'Nothing logged since the program started' }),
    z
      .object({ code: z.literal('low-adherence'), params: z.object({ percent: z.number().int() }) })
      .meta({ description: 'Under half of the last 7 days’ prescribed sessions done' }),
    z
      .object({ code: z.literal('unread-messages'), params: z.object({ count: z.number().int() }) })
      .meta({ description: 'Messages from the patient no therapist has read yet' }),
  ])
  .meta({ id: 'AttentionReason' });

export const patientListItemView = z
  .object({
    id: z.string(),
    name: z.string(),
    phase: z.number().int(),
    status: z.enum(['awaiting-confirmation', 'active', 'suspended', 'discharged']),
    attention: z.object({
      rank: z.number().int().meta({ description: 'Place in this list (filter and search applied), from 1' }),
      reasons: z.array(attentionReasonView).meta({ description: 'Most urgent first' }),
    }),
    lastDataDate: date.nullable(),
    adherence7d: z.number().nullable(),
    openAlerts: z.number().int(),
    invitationUnused: z
      .boolean()
      .meta({ description: 'The patient has not set a password through an invitation yet' }),
  })
  .meta({ id: 'PatientListItem' });

export const patientListPageView = z
  .object({
    items: z.array(patientListItemView),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page' }),
  })
  .meta({ id: 'PatientListPage' });

export type PatientFilter = z.infer<typeof patientFilter>;
export type PatientListQuery = z.input<typeof patientListQuery>;
export type PatientListItem = z.infer<typeof patientListItemView>;
export type PatientListPage = z.infer<typeof patientListPageView>;
