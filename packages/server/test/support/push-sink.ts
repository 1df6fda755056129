import type { Server } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface TestingServer {
  startServer(): void;
  _server: Server;
}

/** A browser-side push subscription, as the web app would send it to the server. */
export interface TestSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  clientHash: string;
}

export interface PushSink {
  subscribe(vapidPublicKey: string): Promise<TestSubscription>;
  /** The decrypted payloads the push service received for a subscription. */
  messages(subscription: TestSubscription): Promise<string[]>;
  expire(subscription: TestSubscription): Promise<void>;
  close(): Promise<void>;
}

/**
 * The `web-push-testing` push service, run in this process on a port of ours: it hands out
 * subscriptions, checks VAPID, and decrypts what it receives (a payload that fails to decrypt is refused).
 */
export async function startPushSink(port: number): Promise<PushSink> {
  const TestingServerClass = require('web-push-testing/src/server.js') as new (
    model: unknown,
    port: number,
  ) => TestingServer;
  const { PushApiModel } = require('web-push-testing/src/PushApiModel.js') as {
    PushApiModel: new () => unknown;
  };
  const server = new TestingServerClass(new PushApiModel(), port);
  const log = console.log;
  console.log = () => undefined;
  server.startServer();
  await new Promise<void>((resolve, reject) => {
    server._server.once('listening', resolve);
    server._server.once('error', reject);
  });
  console.log = log;
  const base = `http://localhost:${port}`;
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`push sink ${path}: ${response.status} ${await response.text()}`);
    return response.status === 200 && response.headers.get('content-type')?.includes('json')
      ? response.json()
      : null;
  };
  return {
    async subscribe(vapidPublicKey) {
      const answer = (await post('/subscribe', {
        applicationServerKey: vapidPublicKey,
        userVisibleOnly: 'true',
      })) as {
        data: TestSubscription;
      };
      return answer.data;
    },
    async messages(subscription) {
      const answer = (await post('/get-notifications', { clientHash: subscription.clientHash })) as {
        data: { messages: string[] };
      };
      return answer.data.messages;
    },
    async expire(subscription) {
      await post(`/expire-subscription/${subscription.clientHash}`, {});
    },
    close: () => new Promise<void>((resolve) => server._server.close(() => resolve())),
  };
}
