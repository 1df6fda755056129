import { createRoute } from '@hono/zod-openapi';
import {
  channelStatusView,
  notificationPreferenceInput,
  notificationPreferenceView,
  notificationStatusView,
  passwordResetInput,
  passwordResetRequestInput,
  passwordResetRequestView,
  passwordResetView,
  pushEndpointInput,
  pushSubscriptionInput,
  tokenParam,
} from '@minimus/contract';
import { callerAddress } from '../auth/auth-routes.js';
import { requestPasswordReset, resetPassword } from '../auth/password-reset.js';
import type { Dependencies } from '../http/dependencies.js';
import {
  addPushSubscription,
  channelStatus,
  notificationStatus,
  readPreference,
  removePushSubscription,
  savePreference,
} from '../services/notification-service.js';
import { ERRORS, json, jsonBody, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Notifications'];

const channelsRoute = createRoute({
  method: 'get',
  path: '/notifications/channels',
  tags,
  summary: 'Which channels this server sends on, and its Web Push key (public)',
  responses: { 200: json(channelStatusView, 'The channels'), ...ERRORS },
});

const requestResetRoute = createRoute({
  method: 'post',
  path: '/password-resets',
  tags,
  summary: 'Email a one-time password-reset link; the same answer for known and unknown addresses (public)',
  request: jsonBody(passwordResetRequestInput),
  responses: {
    202: json(passwordResetRequestView, 'Accepted'),
    429: { description: 'Too many requests for this address or from this network address (`rate_limited`)' },
    ...ERRORS,
  },
});

const resetRoute = createRoute({
  method: 'post',
  path: '/password-resets/{token}',
  tags,
  summary: "Set a new password through the link; ends the account's other sessions and signs in (public)",
  request: { params: tokenParam, ...jsonBody(passwordResetInput) },
  responses: {
    200: json(passwordResetView, 'Signed in with the new password'),
    410: { description: 'The link was used or has expired (`gone`)' },
    ...ERRORS,
  },
});

const readPreferenceRoute = createRoute({
  method: 'get',
  path: '/me/notifications',
  tags,
  summary: "The caller's reminder, digest and channel preferences",
  security: SESSION_SECURITY,
  responses: { 200: json(notificationPreferenceView, 'The preferences'), ...ERRORS },
});

const savePreferenceRoute = createRoute({
  method: 'put',
  path: '/me/notifications',
  tags,
  summary: "Replace the caller's notification preferences",
  security: SESSION_SECURITY,
  request: jsonBody(notificationPreferenceInput),
  responses: { 200: json(notificationPreferenceView, 'Stored'), ...ERRORS },
});

const subscribeRoute = createRoute({
  method: 'post',
  path: '/me/push-subscriptions',
  tags,
  summary: "Store this browser's Web Push subscription for the caller",
  security: SESSION_SECURITY,
  request: jsonBody(pushSubscriptionInput),
  responses: { 204: { description: 'Stored' }, ...ERRORS },
});

const unsubscribeRoute = createRoute({
  method: 'delete',
  path: '/me/push-subscriptions',
  tags,
  summary: "Forget this browser's Web Push subscription",
  security: SESSION_SECURITY,
  request: jsonBody(pushEndpointInput),
  responses: { 204: { description: 'Forgotten' }, ...ERRORS },
});

const statusRoute = createRoute({
  method: 'get',
  path: '/admin/notifications',
  tags,
  summary: 'Channels on and off, and the latest deliveries and failures, without content (admin)',
  security: SESSION_SECURITY,
  responses: { 200: json(notificationStatusView, 'The status'), ...ERRORS },
});

export const publicNotificationRouteDefinitions = [channelsRoute, requestResetRoute, resetRoute];
export const notificationRouteDefinitions = [
  readPreferenceRoute,
  savePreferenceRoute,
  subscribeRoute,
  unsubscribeRoute,
  statusRoute,
];

/** Routes anyone may call: the channel status and the password reset. */
export function publicNotificationRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(channelsRoute, (c) => c.json(channelStatus(deps.notifier), 200))
    .openapi(requestResetRoute, async (c) => {
      const notifier = deps.notifier;
      const mailbox = notifier
        ? { emailOn: notifier.channels.email, queueMessage: notifier.queueMessage }
        : undefined;
      const answer = await requestPasswordReset(
        { db: deps.db, accounts: deps.repos.accounts, mailbox },
        {
          email: c.req.valid('json').email,
          address: callerAddress(c, deps.trustProxy ?? 0),
          now: new Date(),
        },
      );
      return c.json(answer, 202);
    })
    .openapi(resetRoute, async (c) => {
      const { password } = c.req.valid('json');
      const account = await resetPassword(deps.db, {
        token: c.req.valid('param').token,
        password,
        now: new Date(),
      });
      const signedIn = await deps.auth.api.signInEmail({
        body: { email: account.email, password },
        headers: c.req.raw.headers,
        asResponse: true,
      });
      for (const cookie of signedIn.headers.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
      return c.json({ role: account.role }, 200);
    });
}

export function notificationRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(readPreferenceRoute, async (c) =>
      c.json(await readPreference(useCase(c, deps), deps.notifier), 200),
    )
    .openapi(savePreferenceRoute, async (c) =>
      c.json(await savePreference(useCase(c, deps), deps.notifier, c.req.valid('json')), 200),
    )
    .openapi(subscribeRoute, async (c) => {
      await addPushSubscription(useCase(c, deps), c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(unsubscribeRoute, async (c) => {
      await removePushSubscription(useCase(c, deps), c.req.valid('json').endpoint);
      return c.body(null, 204);
    })
    .openapi(statusRoute, async (c) =>
      c.json(await notificationStatus(useCase(c, deps), deps.notifier), 200),
    );
}
