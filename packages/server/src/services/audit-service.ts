import type { AuditEvent, AuditQuery } from '@minimus/contract';
import { AppError } from '../http/app-error.js';
import { withRole } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';

function instant(value: string | undefined, path: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new AppError('validation_failed', undefined, [
      { path, message: 'must be a date or an ISO 8601 timestamp' },
    ]);
  }
  return date;
}

/** The clinic's audit trail for its admin; reading it is itself audited. */
export function listAudit(context: UseCaseContext, query: AuditQuery): Promise<AuditEvent[]> {
  return withRole(context, 'audit.read', ['admin'], async () => {
    const rows = await context.repos.audit.list({
      clinicId: context.actor.clinicId,
      actorId: query.actor,
      patientId: query.patientId,
      from: instant(query.from, 'from'),
      to: instant(query.to, 'to'),
      limit: query.limit ?? 500,
    });
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  });
}
