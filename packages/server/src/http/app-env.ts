import type { Actor } from '../auth/actor.js';
import type { Logger } from './logger.js';

/** What middleware puts on the request context for the handlers after it. */
export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    actor: Actor | null;
  };
}
