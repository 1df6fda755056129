import { z } from '@hono/zod-openapi';

/** Response shapes the server itself defines (domain values from @minimus/core are documented by name). */
const text = z.object({ en: z.string(), es: z.string() }).openapi('Text');

export const therapistView = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    active: z.boolean(),
    invitation: z.object({ url: z.string(), expiresAt: z.string(), qrSvg: z.string() }).optional(),
  })
  .openapi('Therapist');

export const invitationLinkView = z
  .object({ url: z.string(), expiresAt: z.string().openapi({ format: 'date-time' }), qrSvg: z.string() })
  .openapi('InvitationLink');

export const invitationStatusView = z
  .object({ valid: z.boolean(), patientName: z.string(), clinicName: z.string(), expiresAt: z.string() })
  .openapi('InvitationStatus');

export const alertView = z
  .object({
    id: z.string(),
    patientId: z.string(),
    patientName: z.string().optional(),
    key: z.string(),
    kind: z.string(),
    severity: z.string(),
    date: z.string(),
    exerciseId: z.string().nullable(),
    ruleId: z.string(),
    message: text.openapi({ description: "Written to the patient, as the patient's app shows it" }),
    physicianMessage: text.nullable(),
    therapistMessage: text.openapi({
      description: 'Written to the therapist: the finding, what the engine did and what the patient was told',
    }),
    notifyTherapist: z.boolean(),
    status: z.enum(['open', 'acknowledged']),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable().openapi({ description: 'The account id that acknowledged it' }),
    acknowledgedByName: z
      .string()
      .nullable()
      .openapi({ description: 'The name of the account that acknowledged it, for display' }),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Alert');

export const auditEventView = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z
      .string()
      .nullable()
      .openapi({ description: 'The name of the acting account; null for the system or an unknown account' }),
    actorRole: z.string().nullable(),
    clinicId: z.string().nullable(),
    action: z.string(),
    patientId: z.string().nullable(),
    outcome: z.enum(['allowed', 'denied', 'failed']),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');
