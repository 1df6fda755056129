import { OpenAPIHono, type z } from '@hono/zod-openapi';
import { problemSchema } from '@minimus/contract';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { actorOf } from '../auth/current-actor.js';
import type { AppEnv } from '../http/app-env.js';
import { AppError } from '../http/app-error.js';
import type { Dependencies } from '../http/dependencies.js';
import { fieldErrors } from '../http/problem.js';
import type { UseCaseContext } from '../services/request-context.js';

/** A router whose validation failures become `validation_failed` problems like every other error. */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new AppError('validation_failed', undefined, fieldErrors(result.error));
    },
  });
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description } as const;
}

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: problemSchema } },
  description,
});

/** The error answers every authenticated route may give. */
export const ERRORS = {
  400: problem('Validation failed (`validation_failed`), with the fields at fault in `errors`'),
  401: problem('Not signed in (`unauthenticated`)'),
  403: problem('Signed in, but this role may not do this (`forbidden`)'),
  404: problem('No such resource visible to the caller (`not_found`)'),
} as const;

export const SESSION_SECURITY = [{ sessionCookie: [] }];

/** The use-case context for one request: repositories over the pool, the caller and the request id. */
export function useCase(c: Context<AppEnv>, deps: Dependencies): UseCaseContext {
  return {
    repos: deps.repos,
    actor: actorOf(c),
    requestId: c.get('requestId'),
    publicUrl: deps.publicUrl,
    ...(deps.notifier
      ? {
          mailbox: {
            emailOn: deps.notifier.channels.email,
            queueMessage: (job) => deps.notifier?.queueMessage(job) ?? Promise.resolve(),
          },
        }
      : {}),
  };
}

/** The JSON texts of values that are shared and never changed, such as cached plans. */
const sharedTexts = new WeakMap<object, string>();

/**
 * Answers 200 with `value` as JSON, typed as `c.json(value)` would be, for a value that is shared and
 * never changed (a plan from the planning cache): its text is made once and kept beside it for as long
 * as the value itself is kept.
 */
export function sharedJson<T extends object>(c: Context<AppEnv>, value: T) {
  let text = sharedTexts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    sharedTexts.set(value, text);
  }
  const response: Response = c.body(text, 200, { 'Content-Type': 'application/json' });
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
