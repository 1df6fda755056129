import { OpenAPIHono } from '@hono/zod-openapi';
import { accountRouteDefinitions, publicAccountRouteDefinitions } from '../routes/account-routes.js';
import { alertAndAuditRouteDefinitions } from '../routes/alert-audit-routes.js';
import { exportRouteDefinitions } from '../routes/export-routes.js';
import { messageRouteDefinitions } from '../routes/message-routes.js';
import {
  notificationRouteDefinitions,
  publicNotificationRouteDefinitions,
} from '../routes/notification-routes.js';
import { onboardingRouteDefinitions } from '../routes/onboarding-routes.js';
import { patientRouteDefinitions } from '../routes/patient-routes.js';
import { planRouteDefinitions } from '../routes/plan-routes.js';
import { recordRouteDefinitions } from '../routes/record-routes.js';
import { reportRouteDefinitions } from '../routes/report-routes.js';
import { twoFactorRouteDefinitions } from '../routes/two-factor-routes.js';

export const API_PREFIX = '/api/v1';

/** Every route under /api/v1, in the order `apiRoutes` serves them. */
const ROUTE_DEFINITIONS = [
  ...publicAccountRouteDefinitions,
  ...accountRouteDefinitions,
  ...twoFactorRouteDefinitions,
  ...patientRouteDefinitions,
  ...planRouteDefinitions,
  ...onboardingRouteDefinitions,
  ...recordRouteDefinitions,
  ...alertAndAuditRouteDefinitions,
  ...exportRouteDefinitions,
  ...reportRouteDefinitions,
  ...publicNotificationRouteDefinitions,
  ...notificationRouteDefinitions,
  ...messageRouteDefinitions,
];

const INFO = {
  title: 'Minimus API',
  version: '1.0.0',
  description:
    'Home exercise programs for gluteus minimus rehabilitation. Sign in through /api/auth/sign-in/email; ' +
    'the session cookie authenticates every other call. Errors are application/problem+json.',
};

export type ApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/**
 * The OpenAPI 3.1 document of the API, built from the route definitions and the schemas of
 * @minimus/contract alone: no database and no running app, so docs/api-contract.md is written from it.
 *
 * @example
 * apiDocument().components?.schemas?.DayPlan; // { type: 'object', properties: { date, phase, ... } }
 */
export function apiDocument(): ApiDocument {
  const documented = new OpenAPIHono();
  documented.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'minimus.session',
    description: 'Set by POST /api/auth/sign-in/email (named __Host-minimus.session outside localhost)',
  });
  for (const route of ROUTE_DEFINITIONS)
    documented.openAPIRegistry.registerPath({ ...route, path: `${API_PREFIX}${route.path}` });
  return documented.getOpenAPI31Document({ openapi: '3.1.0', info: INFO });
}
