import type { Auth } from '../auth/auth.js';
import type { SessionMemory } from '../auth/current-actor.js';
import type { Database } from '../db/database.js';
import type { Notifier } from '../notify/notifier.js';
import type { Repositories } from '../repositories/repositories.js';
import type { TrustedProxies } from './client-address.js';
import type { Logger } from './logger.js';
import type { RequestMetrics } from './metrics.js';

/** Everything the app needs from outside, built once per process (or per test). */
export interface Dependencies {
  db: Database;
  /** The repositories over the pool, sharing this process's audit batching and caches. */
  repos: Repositories;
  /** Sessions verified on earlier requests, kept while the change feed is live (ADR 0005). */
  sessions: SessionMemory;
  auth: Auth;
  /** The job queue and the channels that reach people; null where this process sends nothing. */
  notifier: Notifier | null;
  logger: Logger;
  metrics: RequestMetrics;
  publicUrl: string;
  secureCookies: boolean;
  /** Other origins allowed to write (besides publicUrl), such as the web app's development server. */
  trustedOrigins?: readonly string[];
  /** Proxies whose X-Forwarded-For names the client; none when absent. */
  trustProxy?: TrustedProxies;
  webRoot?: string;
}
