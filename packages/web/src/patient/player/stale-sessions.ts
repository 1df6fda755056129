import { localToday } from '../../shared/dates.js';
import { enqueue } from '../offline/sync.js';
import { sessionLogRequest } from './session-log.js';
import { clearSession, staleSessions } from './session-storage.js';

/**
 * A session left half-done on an earlier day still records what was done: its finished exercises go to
 * the outbox (with the session's own clientId, so this runs safely more than once) and the draft goes.
 */
export async function sendStaleSessions(): Promise<void> {
  for (const session of staleSessions(localToday())) {
    const request = sessionLogRequest(session);
    if (request) await enqueue(session.patientId, 'session-logs', request);
    clearSession(session.patientId, session.date);
  }
}
