import type PgBoss from 'pg-boss';
import type { ChangeFeed } from '../db/change-feed.js';
import type { OpenDatabase } from '../db/database.js';
import type { Logger } from '../http/logger.js';
import type { Repositories } from '../repositories/repositories.js';
import { keepAttentionCurrent } from '../services/patient-list.js';
import { jobId, QUEUES, startJobQueue } from './job-queue.js';
import { smtpMailChannel } from './mail-channel.js';
import {
  type Channels,
  type DeliveryEnvironment,
  DeliveryFailed,
  deliverBatch,
  type MessageJob,
} from './message-delivery.js';
import { type NotificationRepository, notificationRepository } from './notification-repository.js';
import { type PatientMessageJob, sendPatientMessages } from './patient-messages.js';
import { vapidKeys, webPushChannel } from './push-channel.js';
import {
  dueDigests,
  dueReminders,
  dueWeeklyNotes,
  markDispatched,
  pendingImmediate,
} from './scheduled-messages.js';
import { alertMessage, digestMessage } from './therapist-messages.js';

export interface NotifierOptions {
  database: OpenDatabase;
  repos: Pick<Repositories, 'patients' | 'planner' | 'attention' | 'alerts' | 'messages'>;
  publicUrl: string;
  mail: { smtpUrl: string; from: string } | null;
  logger: Logger;
  /** The change feed that announces immediate therapist notifications as they commit. */
  changes?: ChangeFeed;
  /** Run jobs in this process (false for a command that only queues). */
  work?: boolean;
  /** Queue the per-minute tick with pg-boss cron (tests call `tick` themselves). */
  cron?: boolean;
  pollingIntervalSeconds?: number;
  expireInSeconds?: number;
  maintenanceIntervalSeconds?: number;
  /** How many message jobs one fetch takes, sent concurrently. */
  batchSize?: number;
}

export interface ChannelStatus {
  email: boolean;
  push: boolean;
}

export interface Notifier {
  channels: ChannelStatus;
  pushPublicKey: string;
  notifications: NotificationRepository;
  /** Queues one message (once per key: queueing the same key again is a no-op). */
  queueMessage(job: MessageJob): Promise<void>;
  /** Queues everything due at `at`: reminders, weekly notes, digests, and any immediate alert left over. */
  tick(at: Date): Promise<{
    reminders: number;
    weeklyNotes: number;
    digests: number;
    alerts: number;
    /** Patients whose attention row was recomputed (changed data, or days about to run out). */
    attentionRefreshed: number;
  }>;
  boss: PgBoss;
  stop(): Promise<void>;
}

const INSERT_BATCH = 1000;

/**
 * Attention rows a tick recomputes at most (each is one history read and about 15 plans): enough for a
 * clinic's writes of a minute at its busiest, small enough that a tick on the embedded database takes
 * about a second.
 */
const ATTENTION_REFRESH_PER_TICK = 100;

async function insertJobs(boss: PgBoss, jobs: PgBoss.JobInsert[]): Promise<void> {
  for (let start = 0; start < jobs.length; start += INSERT_BATCH) {
    await boss.insert(jobs.slice(start, start + INSERT_BATCH));
  }
}

/** Fails the jobs of a batch whose run was rejected (to be retried); pg-boss completes the rest. */
function settleBatch<T extends object>(
  boss: PgBoss,
  queue: string,
  logger: Logger,
  run: (data: T[]) => Promise<PromiseSettledResult<unknown>[]>,
) {
  return async (jobs: PgBoss.Job<T>[]) => {
    const outcomes = await run(jobs.map((job) => job.data));
    await Promise.all(
      jobs.map(async (job, index) => {
        const outcome = outcomes[index];
        if (outcome?.status !== 'rejected') return;
        const error: unknown = outcome.reason;
        const message = error instanceof Error ? error.message : String(error);
        if (!(error instanceof DeliveryFailed)) logger.error('job failed', { queue, error: message });
        await boss.fail(queue, job.id, { error: message });
      }),
    );
  };
}

/** Runs a batch of jobs concurrently; a job that fails is failed alone (to be retried), the rest complete. */
function eachJob<T extends object>(
  boss: PgBoss,
  queue: string,
  logger: Logger,
  run: (data: T) => Promise<unknown>,
) {
  return settleBatch<T>(boss, queue, logger, (batch) => Promise.allSettled(batch.map(run)));
}

function channelsFor(options: NotifierOptions, keys: { publicKey: string; privateKey: string }): Channels {
  const from = options.mail?.from.match(/<([^>]+)>/)?.[1] ?? options.mail?.from;
  const subject = options.publicUrl.startsWith('https:')
    ? options.publicUrl
    : `mailto:${from ?? 'minimus@localhost'}`;
  return { mail: options.mail ? smtpMailChannel(options.mail) : null, push: webPushChannel(keys, subject) };
}

/**
 * Starts the job queue and the channels: email when SMTP is configured, Web Push always (its keys are
 * generated into the database on first start). Workers run reminders, alerts, digests and messages;
 * the change feed turns an immediate therapist notification into a job the moment it commits.
 */
export async function startNotifier(options: NotifierOptions): Promise<Notifier> {
  const { database, logger } = options;
  const db = database.db;
  const boss = await startJobQueue(database, {
    logger,
    ...(options.pollingIntervalSeconds !== undefined
      ? { pollingIntervalSeconds: options.pollingIntervalSeconds }
      : {}),
    ...(options.expireInSeconds !== undefined ? { expireInSeconds: options.expireInSeconds } : {}),
    ...(options.maintenanceIntervalSeconds !== undefined
      ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }
      : {}),
  });
  const keys = await vapidKeys(db);
  const channels = channelsFor(options, keys);
  const notifications = notificationRepository(db);
  const env: DeliveryEnvironment = { channels, notifications, publicUrl: options.publicUrl, logger };

  const queueMessage = async (job: MessageJob) => {
    await boss.insert([{ id: jobId('message', job.key), name: QUEUES.message, data: job }]);
  };
  const dispatchAlert = async (notificationId: string) => {
    const message = await alertMessage(db, notificationId);
    if (message) await queueMessage(message);
    await markDispatched(db, [notificationId]);
  };
  const queueAlertDispatch = (notificationId: string) =>
    boss.insert([
      { id: jobId('alert', notificationId), name: QUEUES.alertDispatch, data: { notificationId } },
    ]);

  const tick = async (at: Date) => {
    const reminders = await dueReminders(db, at);
    const notes = await dueWeeklyNotes(db, at);
    const patientJobs = [
      ...reminders.map((due) => ({ type: 'reminder' as const, ...due })),
      ...notes.map((due) => ({ type: 'weekly-note' as const, ...due })),
    ];
    await insertJobs(
      boss,
      patientJobs.map((data) => ({
        id: jobId(data.type, data.patientId, data.localDate),
        name: QUEUES.reminder,
        data,
      })),
    );
    const digests = await dueDigests(db, at);
    let queuedDigests = 0;
    for (const digest of digests) {
      const message = digestMessage(digest);
      // Today's digest has gone out already (an alert came in after it, within the catch-up window):
      // these wait, undispatched, for tomorrow's rather than being marked sent without being in one.
      const sent = await boss.getJobById(QUEUES.message, jobId('message', message.key), {
        includeArchive: true,
      });
      if (sent) continue;
      await queueMessage(message);
      await markDispatched(db, digest.notificationIds);
      queuedDigests += 1;
    }
    const alerts = await pendingImmediate(db);
    for (const id of alerts) await queueAlertDispatch(id);
    const attentionRefreshed = await keepAttentionCurrent(options.repos, at, ATTENTION_REFRESH_PER_TICK);
    return {
      attentionRefreshed,
      reminders: reminders.length,
      weeklyNotes: notes.length,
      digests: queuedDigests,
      alerts: alerts.length,
    };
  };

  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 };
  const batchSize = options.batchSize ?? 200;
  if (options.work !== false) {
    await boss.work<MessageJob>(
      QUEUES.message,
      { ...polling, batchSize },
      settleBatch(boss, QUEUES.message, logger, (jobs: MessageJob[]) => deliverBatch(jobs, env)),
    );
    await boss.work<PatientMessageJob>(
      QUEUES.reminder,
      { ...polling, batchSize },
      settleBatch(boss, QUEUES.reminder, logger, (jobs: PatientMessageJob[]) =>
        sendPatientMessages(jobs, db, options.repos, env),
      ),
    );
    await boss.work<{ notificationId: string }>(
      QUEUES.alertDispatch,
      polling,
      eachJob(boss, QUEUES.alertDispatch, logger, (job) => dispatchAlert(job.notificationId)),
    );
    await boss.work(
      QUEUES.tick,
      polling,
      eachJob(boss, QUEUES.tick, logger, () => tick(new Date())),
    );
  }
  if (options.cron !== false) await boss.schedule(QUEUES.tick, '* * * * *');
  else await boss.unschedule(QUEUES.tick);
  const unsubscribe = options.changes?.subscribe({
    changed(kind, id) {
      if (kind !== 'therapist-notification') return;
      queueAlertDispatch(id).catch((error: unknown) =>
        logger.error('could not queue an alert notification', { error: String(error) }),
      );
    },
    live: () => undefined,
  });

  return {
    channels: { email: channels.mail !== null, push: channels.push !== null },
    pushPublicKey: keys.publicKey,
    notifications,
    queueMessage,
    tick,
    boss,
    stop: async () => {
      unsubscribe?.();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      channels.mail?.close();
    },
  };
}
