import type { Actor } from '../auth/actor.js';
import type { Repositories } from '../repositories/repositories.js';

/** What every use case receives: the repositories, who asks, and the request id for the audit trail. */
export interface UseCaseContext {
  repos: Repositories;
  actor: Actor;
  requestId: string;
  publicUrl: string;
}
