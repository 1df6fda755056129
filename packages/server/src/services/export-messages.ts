import type { ExportedMessage } from '../exports/patient-record.js';
import { AppError } from '../http/app-error.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { UseCaseContext } from './request-context.js';

/**
 * The messages an export carries. The FHIR bundle holds the whole thread with its photos, for the people
 * of the conversation only (an admin's export has none). The physician summary holds only the messages
 * the therapist ticked, and only a therapist ticks them.
 */
export async function exportedMessages(
  context: UseCaseContext,
  patient: PatientRow,
  kind: 'handout' | 'physician-summary' | 'fhir',
  ticked: string | undefined,
): Promise<ExportedMessage[] | undefined> {
  const role = context.actor.role;
  if (kind === 'physician-summary' && ticked !== undefined) {
    if (role !== 'therapist')
      throw new AppError('validation_failed', undefined, [
        { path: 'messages', message: 'only a therapist chooses messages for the physician summary' },
      ]);
    const ids = new Set(ticked.toLowerCase().split(','));
    const thread = await context.repos.messages.thread(patient.id);
    return thread.filter((row) => ids.has(row.id)).map((row) => exported(row, null));
  }
  if (kind !== 'fhir' || role === 'admin') return undefined;
  const [thread, photos] = await Promise.all([
    context.repos.messages.thread(patient.id),
    context.repos.messages.photosOf(patient.id),
  ]);
  return thread.map((row) => exported(row, photos.get(row.id) ?? null));
}

function exported(
  row: Awaited<ReturnType<UseCaseContext['repos']['messages']['thread']>>[number],
  photo: Uint8Array | null,
): ExportedMessage {
  return {
    id: row.id,
    author: row.authorRole,
    authorName: row.authorName,
    text: row.body,
    sentAt: row.createdAt,
    readAt: row.readAt,
    photo,
  };
}
