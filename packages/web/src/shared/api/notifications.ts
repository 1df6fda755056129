import type {
  ChannelStatus,
  NotificationPreference,
  NotificationPreferenceInput,
  PasswordResetRequest,
} from '@minimus/contract';
import { requestJson } from './client.js';

/** Reminders, alerts and account mail: the channel status, preferences, push subscriptions, password reset. */
export type { ChannelStatus, NotificationPreference, NotificationPreferenceInput };

const V1 = '/api/v1';

export async function fetchChannels(): Promise<ChannelStatus> {
  return (await requestJson<ChannelStatus>('GET', `${V1}/notifications/channels`)).body;
}

export async function fetchPreferences(): Promise<NotificationPreference> {
  return (await requestJson<NotificationPreference>('GET', `${V1}/me/notifications`)).body;
}

export async function savePreferences(input: NotificationPreferenceInput): Promise<NotificationPreference> {
  return (await requestJson<NotificationPreference>('PUT', `${V1}/me/notifications`, input)).body;
}

/** The preferences a form edits, taken from what the server answered. */
export function preferenceInput(preference: NotificationPreference): NotificationPreferenceInput {
  const { channels: _channels, pushSubscriptions: _count, ...input } = preference;
  return input;
}

function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export type PushSetup = 'subscribed' | 'denied' | 'unsupported';

/**
 * Asks the browser for permission (call it from a tap, never on load), subscribes through the service
 * worker with the server's VAPID key, and stores the subscription with the server.
 */
export async function subscribeToPush(vapidPublicKey: string): Promise<PushSetup> {
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window))
    return 'unsupported';
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return 'denied';
  const registration =
    (await navigator.serviceWorker.getRegistration('/')) ??
    (await navigator.serviceWorker.register('/sw.js'));
  await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: base64UrlToBytes(vapidPublicKey),
    }));
  const json = subscription.toJSON();
  await requestJson('POST', `${V1}/me/push-subscriptions`, {
    endpoint: subscription.endpoint,
    keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
  });
  return 'subscribed';
}

export async function requestPasswordReset(email: string, locale: string): Promise<PasswordResetRequest> {
  return (await requestJson<PasswordResetRequest>('POST', `${V1}/password-resets`, { email, locale })).body;
}

export async function resetPassword(token: string, password: string): Promise<{ role: string }> {
  const path = `${V1}/password-resets/${encodeURIComponent(token)}`;
  return (await requestJson<{ role: string }>('POST', path, { password })).body;
}
