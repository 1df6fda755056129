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
    message: text,
    physicianMessage: text.nullable(),
    notifyTherapist: z.boolean(),
    status: z.enum(['open', 'acknowledged']),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Alert');

export const auditEventView = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorRole: z.string().nullable(),
    clinicId: z.string().nullable(),
    action: z.string(),
    patientId: z.string().nullable(),
    outcome: z.enum(['allowed', 'denied', 'failed']),
    requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');
