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
    return collapseReads(rows).map((row) => ({ ...row, at: row.at.toISOString() }));
  });
}

/** Reads this close together, by one person of one patient, are one access (one page load). */
export const ACCESS_WINDOW_MS = 10_000;

type Row<T> = T & {
  action: string;
  actorId: string | null;
  patientId: string | null;
  outcome: string;
  at: Date;
};

const isRead = (row: { action: string; outcome: string }) =>
  row.outcome === 'allowed' && row.action.endsWith('.read');

/**
 * One event per meaningful access: the allowed reads of one patient's data by one person, each within
 * `ACCESS_WINDOW_MS` of the next, become one `record.view` event listing what was read. Writes, refusals
 * and failures stay one event each. Rows come latest first and leave latest first.
 *
 * @example
 * collapseReads([plan.read 10:00:03, program.read 10:00:02, alerts.read 10:00:01]) // one record.view, reads: [alerts.read, program.read, plan.read]
 */
export function collapseReads<T>(rows: readonly Row<T>[]): (Row<T> & { reads: string[] })[] {
  const events: (Row<T> & { reads: string[]; earliest: number; view: boolean })[] = [];
  for (const row of rows) {
    const last = events.at(-1);
    const joins =
      last !== undefined &&
      isRead(row) &&
      last.view &&
      row.patientId !== null &&
      row.actorId === last.actorId &&
      row.patientId === last.patientId &&
      last.earliest - row.at.getTime() <= ACCESS_WINDOW_MS;
    if (joins) {
      if (!last.reads.includes(row.action)) last.reads.unshift(row.action);
      last.earliest = row.at.getTime();
      last.action = last.reads.length > 1 ? 'record.view' : row.action;
    } else {
      events.push({ ...row, reads: [row.action], earliest: row.at.getTime(), view: isRead(row) });
    }
  }
  return events.map(({ earliest: _, view: __, ...event }) => event as Row<T> & { reads: string[] });
}
