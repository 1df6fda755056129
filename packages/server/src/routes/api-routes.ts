import type { OpenAPIHono } from '@hono/zod-openapi';
import { requireActor } from '../auth/current-actor.js';
import type { AppEnv } from '../http/app-env.js';
import type { Dependencies } from '../http/dependencies.js';
import { accountRoutes, publicAccountRoutes } from './account-routes.js';
import { alertAndAuditRoutes } from './alert-audit-routes.js';
import { exportRoutes } from './export-routes.js';
import { messageRoutes } from './message-routes.js';
import { notificationRoutes, publicNotificationRoutes } from './notification-routes.js';
import { onboardingRoutes } from './onboarding-routes.js';
import { patientRoutes } from './patient-routes.js';
import { planRoutes } from './plan-routes.js';
import { recordRoutes } from './record-routes.js';
import { reportRoutes } from './report-routes.js';
import { newRouter } from './route-kit.js';
import { twoFactorRoutes } from './two-factor-routes.js';

/** Everything under /api/v1: the public invitation routes first, then the rest behind a session. */
export function apiRoutes(deps: Dependencies): OpenAPIHono<AppEnv> {
  const routes = newRouter();
  routes.route('/', publicAccountRoutes(deps));
  routes.route('/', publicNotificationRoutes(deps));
  routes.use('*', requireActor(deps.auth, deps.db, deps.sessions));
  routes.route('/', accountRoutes(deps));
  routes.route('/', twoFactorRoutes(deps));
  routes.route('/', patientRoutes(deps));
  routes.route('/', planRoutes(deps));
  routes.route('/', onboardingRoutes(deps));
  routes.route('/', recordRoutes(deps));
  routes.route('/', alertAndAuditRoutes(deps));
  routes.route('/', exportRoutes(deps));
  routes.route('/', reportRoutes(deps));
  routes.route('/', notificationRoutes(deps));
  routes.route('/', messageRoutes(deps));
  return routes;
}
