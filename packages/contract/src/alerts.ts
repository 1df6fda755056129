import { z } from 'zod';
import { text, timestamp } from './common.js';

/** Stored alerts as the clinician reads them, and the audit trail. */
export const alertStatus = z.enum(['open', 'acknowledged']);

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
    message: text.meta({ description: "Written to the patient, as the patient's app shows it" }),
    physicianMessage: text.nullable(),
    therapistMessage: text.meta({
      description: 'Written to the therapist: the finding, what the engine did and what the patient was told',
    }),
    notifyTherapist: z.boolean(),
    status: alertStatus,
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable().meta({ description: 'The account id that acknowledged it' }),
    acknowledgedByName: z
      .string()
      .nullable()
      .meta({ description: 'The name of the account that acknowledged it, for display' }),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Alert' });

export const alertListQuery = z.object({ status: alertStatus.optional() });
export const alertIdParam = z.object({ alertId: z.string().min(1).max(64) });
export const acknowledgeInput = z.strictObject({ note: z.string().trim().max(2000) });

export const auditEventView = z
  .object({
    id: z.string(),
    at: timestamp,
    actorId: z.string().nullable(),
    actorName: z
      .string()
      .nullable()
      .meta({ description: 'The name of the acting account; null for the system or an unknown account' }),
    actorRole: z.string().nullable(),
    clinicId: z.string().nullable(),
    action: z.string(),
    patientId: z.string().nullable(),
    outcome: z.enum(['allowed', 'denied', 'failed']),
    requestId: z.string().nullable(),
    reads: z.array(z.string()).meta({
      description:
        'One access may be several reads (a page load reads the plan, the program, the alerts...): reads of ' +
        'one patient by one person within 10 s of each other are one event, `action` `record.view`, `at` its ' +
        'latest read, and these are the actions it read, earliest first. A single request has its own action here.',
    }),
  })
  .meta({ id: 'AuditEvent' });

export const auditQuery = z.object({
  actor: z.string().max(64).optional(),
  patientId: z.uuid().optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

export type AlertView = z.infer<typeof alertView>;
export type AlertStatus = z.infer<typeof alertStatus>;
export type AuditEvent = z.infer<typeof auditEventView>;
export type AuditQuery = z.infer<typeof auditQuery>;
