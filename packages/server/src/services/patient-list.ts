import type { PatientListItem, PatientListPage } from '@minimus/contract';
import { AppError } from '../http/app-error.js';
import type { AttentionListRow, ListCursor, PatientFilter } from '../repositories/attention-repository.js';
import type { Repositories } from '../repositories/repositories.js';
import { type AttentionRepos, refreshAttention } from './attention-snapshot.js';
import { withRole } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';

export type { PatientListItem, PatientListPage };

export const DEFAULT_PAGE_SIZE = 50;
/** Snapshots recomputed at once when a list finds several out of date (after a restore, a new day). */
const REFRESH_BATCH = 8;

function encodeCursor(row: AttentionListRow): string {
  const cursor: ListCursor = { score: row.score, name: row.sortName, id: row.id, rank: row.rank };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(cursor: string): ListCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      value &&
      typeof value === 'object' &&
      'score' in value &&
      'name' in value &&
      'id' in value &&
      'rank' in value &&
      typeof value.rank === 'number' &&
      Number.isSafeInteger(value.rank) &&
      value.rank >= 0 &&
      typeof value.score === 'number' &&
      Number.isSafeInteger(value.score) &&
      typeof value.name === 'string' &&
      typeof value.id === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.id)
    )
      return { score: value.score, name: value.name, id: value.id, rank: value.rank };
  } catch {
    // Falls through to the same answer as any other cursor this list did not write.
  }
  throw new AppError('validation_failed', undefined, [
    { path: 'cursor', message: 'not a cursor this list gave out' },
  ]);
}

function presentRow(row: AttentionListRow, invitationUnused: boolean): PatientListItem {
  return {
    id: row.id,
    name: row.name,
    phase: row.day.phase,
    status: row.day.status,
    attention: { rank: row.rank, reasons: row.day.reasons },
    lastDataDate: row.lastDataDate,
    adherence7d: row.day.adherence7d,
    openAlerts: row.openAlerts,
    invitationUnused,
  };
}

/**
 * Brings every snapshot of the clinic up to date for `now`: those a write has not refreshed yet
 * (another path, a crash between statements, a restore) and those whose horizon has passed (ADR 0006).
 */
export async function refreshStaleAttention(
  repos: Repositories,
  clinicId: string,
  now: Date,
): Promise<number> {
  return refreshPatients(repos, await repos.attention.due(clinicId, now), now);
}

/**
 * Brings the snapshots of every clinic up to date, as a server does once it has started: after an
 * upgrade that adds them, a restore or days without a request, the first therapist to open the list
 * would otherwise wait for all of them. Returns how many were computed.
 */
export async function refreshAllStaleAttention(repos: Repositories, now: Date): Promise<number> {
  let computed = 0;
  for (const clinicId of await repos.accounts.clinicIds()) {
    computed += await refreshStaleAttention(repos, clinicId, now);
  }
  return computed;
}

/**
 * Recomputes the snapshots of any clinic that are out of date or about to run out of days, at most
 * `limit` of them, the longest waiting first. The per-minute tick calls it, so the clinic's list and
 * the patients' reminders mostly find their rows current instead of planning from the history while
 * someone waits.
 */
export async function keepAttentionCurrent(repos: AttentionRepos, now: Date, limit: number): Promise<number> {
  return refreshPatients(repos, await repos.attention.toRefresh(now, limit), now);
}

/** Recomputes the given patients' snapshots, a few at once; returns how many could be computed. */
async function refreshPatients(
  repos: AttentionRepos,
  patientIds: readonly string[],
  now: Date,
): Promise<number> {
  let computed = 0;
  for (let start = 0; start < patientIds.length; start += REFRESH_BATCH) {
    const batch = patientIds.slice(start, start + REFRESH_BATCH);
    const done = await Promise.all(batch.map((id) => refreshAttention(repos, id, now)));
    computed += done.filter(Boolean).length;
  }
  return computed;
}

/**
 * A therapist's list counts each patient's unread messages: those it counted have reached the
 * therapist's app, so they are delivered (the patient sees so). An admin's list delivers nothing: the
 * admin is not part of the conversation.
 */
function deliverListedMessages(repos: Repositories, page: readonly AttentionListRow[]) {
  return repos.messages.markListedDelivered(
    page.flatMap((row) =>
      row.day.reasons.flatMap((reason) =>
        reason.code === 'unread-messages' ? [{ patientId: row.id, count: reason.params.count }] : [],
      ),
    ),
  );
}

/**
 * One page of the clinic's patients, most in need of attention first, read from the attention
 * snapshots; `rank` is the 1-based place in this list, filter and search applied.
 */
export function listPatients(
  context: UseCaseContext,
  query: {
    query?: string | undefined;
    filter?: PatientFilter | undefined;
    limit?: number | undefined;
    cursor?: string | undefined;
  },
): Promise<PatientListPage> {
  return withRole(context, 'patient.list', ['therapist', 'admin'], async () => {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    await refreshStaleAttention(context.repos, context.actor.clinicId, new Date());
    const rows = await context.repos.attention.page(context.actor.clinicId, {
      query: query.query,
      filter: query.filter ?? 'all',
      limit: limit + 1,
      after,
    });
    const page = rows.slice(0, limit);
    if (context.actor.role === 'therapist') await deliverListedMessages(context.repos, page);
    const last = page.at(-1);
    const unused = await context.repos.patients.invitationUnused(page.map((row) => row.id));
    return {
      items: page.map((row) => presentRow(row, unused.has(row.id))),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    };
  });
}
