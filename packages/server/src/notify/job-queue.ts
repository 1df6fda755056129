import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { OpenDatabase } from '../db/database.js';
import type { Logger } from '../http/logger.js';

/** The queues every instance shares; a job in any of them runs once, in whichever instance fetches it. */
export const QUEUES = {
  /** Every minute (pg-boss cron, one job per minute for all instances): finds what is due and queues it. */
  tick: 'minimus-tick',
  /** One patient's reminder for one local date: checks a session is due, then sends. */
  reminder: 'minimus-reminder',
  /** One message to one person over the channels it names, with retries and backoff. */
  message: 'minimus-message',
  /** Turns pending therapist notifications into messages; sent after a write that raised one. */
  alertDispatch: 'minimus-alert-dispatch',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Retries with a doubling delay from 5 s: about 10 minutes over 8 tries before a message is given up. */
const RETRIES = { retryLimit: 7, retryDelay: 5, retryBackoff: true } as const;

export interface JobQueueOptions {
  logger: Logger;
  /** How often an idle worker looks for new jobs; PGlite has no LISTEN across processes anyway. */
  pollingIntervalSeconds?: number;
  /** Seconds a fetched job may run before another instance may take it over (after a crash). */
  expireInSeconds?: number;
  /** How often an instance looks for expired jobs (a crashed instance's) and archives finished ones. */
  maintenanceIntervalSeconds?: number;
}

/**
 * pg-boss over the app's own database connection (its bring-your-own-database executor), so the
 * embedded PGlite and a PostgreSQL server both hold the queue in a `pgboss` schema beside our tables.
 */
export async function startJobQueue(database: OpenDatabase, options: JobQueueOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    // Maintenance and cron checks are cheap queries; on PGlite they share the one connection.
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 120,
    archiveCompletedAfterSeconds: 60 * 60,
    deleteAfterDays: 7,
  });
  boss.on('error', (error) => options.logger.error('job queue error', { error: error.message }));
  await boss.start();
  const expireInSeconds = options.expireInSeconds ?? 5 * 60;
  for (const name of Object.values(QUEUES)) {
    const queue = { name, ...RETRIES, expireInSeconds };
    if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
    else await boss.createQueue(name, queue).catch(ignoreQueueRace);
  }
  return boss;
}

/** Two instances starting together may both create a queue; the second one's error is harmless. */
function ignoreQueueRace(error: unknown): void {
  if (error instanceof Error && /duplicate key|already exists/.test(error.message)) return;
  throw error;
}

/**
 * A job id derived from what the job is about, so queueing the same thing twice (two instances, a
 * retried tick) inserts one job: pg-boss keeps the first and ignores the second.
 *
 * @example
 * jobId('reminder', patientId, '2026-03-29') === jobId('reminder', patientId, '2026-03-29'); // true
 */
export function jobId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  // Shaped as a version-8 (custom) UUID, which PostgreSQL's uuid type accepts.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
