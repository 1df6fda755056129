import type { Locale } from '@minimus/core';
import type { Logger } from '../http/logger.js';
import { coalescedCalls } from './coalesced-calls.js';
import type { MailChannel } from './mail-channel.js';
import { type MessageContent, type RenderedMessage, renderMessage } from './message-templates.js';
import type { DeliveryClaim, DeliveryOutcome, NotificationRepository } from './notification-repository.js';
import type { PushChannel } from './push-channel.js';

/** How a message travels: reminders try push and fall back to email; urgent alerts use both. */
export type ChannelPlan = 'push-then-email' | 'push-and-email' | 'email';

/** One message job: everything needed to send it later, in any instance, with no health data. */
export interface MessageJob {
  /** The message's identity; each channel's delivery row is keyed by it. */
  key: string;
  content: MessageContent;
  /** Where the link leads, as a path inside the app. */
  path: string;
  /** A user of the app, or an address with its language and clinic (before the account is used). */
  to: { userId: string } | { email: string; locale: Locale; clinicId: string };
  channels: ChannelPlan;
}

export interface Channels {
  mail: MailChannel | null;
  push: PushChannel | null;
}

export interface DeliveryEnvironment {
  channels: Channels;
  notifications: NotificationRepository;
  publicUrl: string;
  logger: Logger;
}

/**
 * How long a delivery's outcome waits for others to be written with it. An instance killed in this
 * window sends the messages whose outcome it had not written again (their rows still say 'sending').
 */
const OUTCOME_WAIT_MS = 20;

/**
 * The environment for sending a batch of messages at once: the recipients and push subscriptions of
 * all of them read in two statements, and the claims and outcomes of deliveries made about the same
 * time stored together, instead of four statements per message. Each delivery is still claimed in the
 * database before it is sent, so a message goes out once however its job is retried.
 */
async function forBatch(env: DeliveryEnvironment, jobs: readonly MessageJob[]): Promise<DeliveryEnvironment> {
  const userIds = [...new Set(jobs.flatMap((job) => ('userId' in job.to ? [job.to.userId] : [])))];
  const { notifications } = env;
  const [recipients, subscriptions] = await Promise.all([
    notifications.recipients(userIds),
    notifications.subscriptionsOf(userIds),
  ]);
  const byUser = new Map(recipients.map((recipient) => [recipient.userId, recipient]));
  const finish = coalescedCalls(
    async (finished: { key: string; outcome: DeliveryOutcome }[]) => {
      await notifications.finishDeliveries(finished);
      return finished.map(() => undefined);
    },
    { waitMs: OUTCOME_WAIT_MS },
  );
  return {
    ...env,
    notifications: {
      ...notifications,
      recipient: async (userId) => byUser.get(userId) ?? null,
      subscriptions: async (userId) => subscriptions.filter((target) => target.userId === userId),
      claimDelivery: coalescedCalls((claims: DeliveryClaim[]) => notifications.claimDeliveries(claims)),
      finishDelivery: (key, outcome) => finish({ key, outcome }),
    },
  };
}

/**
 * Sends a batch of message jobs at once (null: nothing to send for that job), each settling on its
 * own so that a failed delivery is retried alone; see `forBatch` for what the batch shares.
 */
export async function deliverBatch(
  jobs: readonly (MessageJob | null)[],
  env: DeliveryEnvironment,
): Promise<PromiseSettledResult<'sent' | 'nothing'>[]> {
  const batchEnv = await forBatch(
    env,
    jobs.filter((job): job is MessageJob => job !== null),
  );
  return Promise.allSettled(
    jobs.map(async (job) => (job ? deliverMessage(job, batchEnv) : ('nothing' as const))),
  );
}

/** Thrown to make pg-boss retry the job later (with its backoff). */
export class DeliveryFailed extends Error {}

interface Addressee {
  userId: string | null;
  email: string;
  locale: Locale;
  clinicName: string;
  emailEnabled: boolean;
  pushEnabled: boolean;
}

async function addresseeOf(job: MessageJob, env: DeliveryEnvironment): Promise<Addressee | null> {
  if ('userId' in job.to) {
    const recipient = await env.notifications.recipient(job.to.userId);
    return recipient?.active ? recipient : null;
  }
  const clinicName = await env.notifications.clinicName(job.to.clinicId);
  if (clinicName === null) return null;
  const { email, locale } = job.to;
  return { userId: null, email, locale, clinicName, emailEnabled: true, pushEnabled: false };
}

/** Sends to each of the person's browsers; true when at least one took it. Gone ones are deleted. */
async function sendPush(job: MessageJob, to: Addressee, message: RenderedMessage, env: DeliveryEnvironment) {
  const push = env.channels.push;
  if (!push || !to.pushEnabled || to.userId === null) return false;
  const targets = await env.notifications.subscriptions(to.userId);
  if (targets.length === 0) return false;
  const key = `${job.key}:push`;
  if (
    !(await env.notifications.claimDelivery({
      key,
      kind: job.content.kind,
      channel: 'push',
      userId: to.userId,
    }))
  )
    return true;
  const outcomes = await Promise.all(targets.map((target) => push.send(target, message)));
  await Promise.all(
    targets.map((target, index) =>
      outcomes[index]?.outcome === 'gone' ? env.notifications.forgetSubscription(target.endpoint) : null,
    ),
  );
  const sent = outcomes.some((result) => result.outcome === 'sent');
  const failure = outcomes.find((result) => result.outcome === 'failed');
  if (failure?.outcome === 'failed') env.logger.warn('push not delivered', { detail: failure.detail });
  await env.notifications.finishDelivery(
    key,
    sent
      ? { status: 'sent' }
      : { status: 'failed', detail: failure?.outcome === 'failed' ? failure.detail : 'subscriptions gone' },
  );
  return sent;
}

async function sendEmail(job: MessageJob, to: Addressee, message: RenderedMessage, env: DeliveryEnvironment) {
  const mail = env.channels.mail;
  if (!mail || !to.emailEnabled) return false;
  const key = `${job.key}:email`;
  if (
    !(await env.notifications.claimDelivery({
      key,
      kind: job.content.kind,
      channel: 'email',
      userId: to.userId,
    }))
  )
    return true;
  try {
    await mail.send(to.email, message, job.key.replace(/[^A-Za-z0-9.-]/g, '.'));
  } catch (error) {
    const detail = smtpDetail(error);
    await env.notifications.finishDelivery(key, { status: 'failed', detail });
    throw new DeliveryFailed(`email not accepted: ${detail}`);
  }
  await env.notifications.finishDelivery(key, { status: 'sent' });
  return true;
}

/** The SMTP reply code or the network error's code: enough to diagnose, nothing of the message. */
function smtpDetail(error: unknown): string {
  if (error && typeof error === 'object') {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === 'number') return `SMTP ${responseCode}`;
    if (typeof code === 'string') return code;
  }
  return 'email not accepted';
}

/**
 * Sends one message job: renders it in the recipient's language and hands it to push and/or SMTP as
 * its channel plan says. A channel already sent for this key is not sent again; a failed email throws
 * `DeliveryFailed` so the queue retries it with backoff.
 */
export async function deliverMessage(job: MessageJob, env: DeliveryEnvironment): Promise<'sent' | 'nothing'> {
  const to = await addresseeOf(job, env);
  if (!to) return 'nothing';
  const message = renderMessage(job.content, {
    locale: to.locale,
    clinicName: to.clinicName,
    link: `${env.publicUrl}${job.path}`,
  });
  const pushed = job.channels === 'email' ? false : await sendPush(job, to, message, env);
  const wantsEmail = job.channels !== 'push-then-email' || !pushed;
  const mailed = wantsEmail ? await sendEmail(job, to, message, env) : false;
  if (!pushed && !mailed) {
    env.logger.debug('message not sent: no channel reaches this person', { kind: job.content.kind });
    return 'nothing';
  }
  return 'sent';
}
