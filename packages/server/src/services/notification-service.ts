import type {
  ChannelStatus,
  NotificationPreference,
  NotificationPreferenceInput,
  NotificationStatus,
  PushSubscriptionInput,
} from '@minimus/contract';
import { isLocalOrigin } from '../config/config.js';
import { AppError } from '../http/app-error.js';
import type { Notifier } from '../notify/notifier.js';
import { acceptablePushEndpoint } from '../notify/push-channel.js';
import { withRole } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';

const EVERYONE = ['patient', 'therapist', 'admin'] as const;

/** Which channels reach people from this server (no notifier: none). */
export function channelStatus(notifier: Notifier | null): ChannelStatus {
  return {
    email: notifier?.channels.email ?? false,
    push: notifier?.channels.push ?? false,
    pushPublicKey: notifier?.pushPublicKey ?? null,
  };
}

const hhmm = (time: string | null) => (time ? time.slice(0, 5) : null);

export function readPreference(
  context: UseCaseContext,
  notifier: Notifier | null,
): Promise<NotificationPreference> {
  return withRole(context, 'notification-preference.read', EVERYONE, async () => {
    const { notifications } = context.repos;
    const stored = await notifications.preference(context.actor.userId);
    const subscriptions = await notifications.subscriptions(context.actor.userId);
    return {
      reminderTime: hhmm(stored.reminderTime),
      reminderPromptAnswered: stored.reminderPromptAnswered,
      digestHour: stored.digestHour,
      timeZone: stored.timeZone,
      weeklyNote: stored.weeklyNote,
      emailEnabled: stored.emailEnabled,
      pushEnabled: stored.pushEnabled,
      channels: channelStatus(notifier),
      pushSubscriptions: subscriptions.length,
    };
  });
}

export async function savePreference(
  context: UseCaseContext,
  notifier: Notifier | null,
  input: NotificationPreferenceInput,
): Promise<NotificationPreference> {
  await withRole(context, 'notification-preference.update', EVERYONE, async () => {
    const { notifications } = context.repos;
    await notifications.savePreference(context.actor.userId, {
      ...input,
      reminderTime: input.reminderTime ? `${input.reminderTime}:00` : null,
    });
  });
  return readPreference(context, notifier);
}

export function addPushSubscription(context: UseCaseContext, input: PushSubscriptionInput): Promise<void> {
  return withRole(context, 'push-subscription.create', EVERYONE, async () => {
    if (!acceptablePushEndpoint(input.endpoint, { serverIsLocal: isLocalOrigin(context.publicUrl) })) {
      throw new AppError('validation_failed', undefined, [
        { path: 'endpoint', message: 'must be an https push service address' },
      ]);
    }
    await context.repos.notifications.subscribe(context.actor.userId, {
      endpoint: input.endpoint,
      ...input.keys,
    });
  });
}

export function removePushSubscription(context: UseCaseContext, endpoint: string): Promise<void> {
  return withRole(context, 'push-subscription.delete', EVERYONE, () =>
    context.repos.notifications.unsubscribe(context.actor.userId, endpoint),
  );
}

/** For the clinic's admin: which channels are on, and the latest deliveries to its people (no content). */
export function notificationStatus(
  context: UseCaseContext,
  notifier: Notifier | null,
): Promise<NotificationStatus> {
  return withRole(context, 'notification-status.read', ['admin'], async () => {
    const recent = await context.repos.notifications.recentDeliveries(context.actor.clinicId, 50);
    return {
      channels: channelStatus(notifier),
      recent: recent.map((row) => ({
        kind: row.kind,
        channel: row.channel,
        status: row.status,
        detail: row.detail,
        at: row.at.toISOString(),
      })),
    };
  });
}
