import type { Auth } from '../auth/auth.js';
import type { Database } from '../db/database.js';
import type { Logger } from './logger.js';
import type { RequestMetrics } from './metrics.js';

/** Everything the app needs from outside, built once per process (or per test). */
export interface Dependencies {
  db: Database;
  auth: Auth;
  logger: Logger;
  metrics: RequestMetrics;
  publicUrl: string;
  secureCookies: boolean;
  /** Other origins allowed to write (besides publicUrl), such as the web app's development server. */
  trustedOrigins?: readonly string[];
  webRoot?: string;
}
