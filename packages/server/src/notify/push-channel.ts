import { eq } from 'drizzle-orm';
import webPush from 'web-push';
import type { Database } from '../db/database.js';
import { serverSetting } from '../db/schema/index.js';
import type { RenderedMessage } from './message-templates.js';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** How a push send ended: `gone` means the push service forgot the subscription (404/410). */
export type PushOutcome = { outcome: 'sent' } | { outcome: 'gone' } | { outcome: 'failed'; detail: string };

export interface PushChannel {
  publicKey: string;
  send(target: PushTarget, message: RenderedMessage): Promise<PushOutcome>;
}

const KEY = 'vapid-keys';

/**
 * The server's VAPID key pair: generated on first start and kept in the database (one row, so two
 * instances starting together keep one pair), so every instance signs alike and subscriptions survive.
 */
export async function vapidKeys(db: Database): Promise<{ publicKey: string; privateKey: string }> {
  const generated = webPush.generateVAPIDKeys();
  await db
    .insert(serverSetting)
    .values({ key: KEY, value: JSON.stringify(generated) })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverSetting).where(eq(serverSetting.key, KEY));
  const stored = row ? (JSON.parse(row.value) as Partial<Record<'publicKey' | 'privateKey', unknown>>) : {};
  if (typeof stored.publicKey !== 'string' || typeof stored.privateKey !== 'string') {
    throw new Error('could not read the stored VAPID keys');
  }
  return { publicKey: stored.publicKey, privateKey: stored.privateKey };
}

/**
 * Whether a subscription's endpoint may be posted to: push services speak https. Plain http to a
 * loopback address (a push service run for tests) is accepted only by a server that is itself local, so
 * a forged subscription cannot aim a deployed server at a plain-http service on its own machine.
 */
export function acceptablePushEndpoint(endpoint: string, options: { serverIsLocal: boolean }): boolean {
  try {
    const url = new URL(endpoint);
    if (url.protocol === 'https:') return true;
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    return options.serverIsLocal && url.protocol === 'http:' && loopback;
  } catch {
    return false;
  }
}

/** Web Push through the browser's push service, signed with the stored VAPID keys. */
export function webPushChannel(
  keys: { publicKey: string; privateKey: string },
  subject: string,
): PushChannel {
  const vapidDetails = { subject, publicKey: keys.publicKey, privateKey: keys.privateKey };
  return {
    publicKey: keys.publicKey,
    async send(target, message) {
      try {
        // web-push encrypts and signs; the request goes out through fetch, which also reaches a push
        // service on plain http at a loopback address (the test service) where web-push's https-only sender cannot.
        const request = webPush.generateRequestDetails(
          { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
          JSON.stringify(message.push),
          { vapidDetails, TTL: 60 * 60 * 12, contentEncoding: 'aes128gcm' },
        );
        const response = await fetch(request.endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: request.body,
          signal: AbortSignal.timeout(10_000),
        });
        if (response.ok) return { outcome: 'sent' };
        if (response.status === 404 || response.status === 410) return { outcome: 'gone' };
        return { outcome: 'failed', detail: `push service answered ${response.status}` };
      } catch (error) {
        return { outcome: 'failed', detail: error instanceof Error ? error.name : 'push request failed' };
      }
    },
  };
}
