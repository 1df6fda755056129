import type { Actor } from '../auth/actor.js';
import type { MessageJob } from '../notify/message-delivery.js';
import type { Repositories } from '../repositories/repositories.js';

/** What every use case receives: the repositories, who asks, and the request id for the audit trail. */
export interface UseCaseContext {
  repos: Repositories;
  actor: Actor;
  requestId: string;
  publicUrl: string;
  /** Queues a message to go out (absent where this process sends nothing). */
  mailbox?: Mailbox;
}

/** What a use case may ask of the notification channels. */
export interface Mailbox {
  emailOn: boolean;
  queueMessage(job: MessageJob): Promise<void>;
}
