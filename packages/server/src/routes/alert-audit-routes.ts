import { createRoute, z } from '@hono/zod-openapi';
import {
  acknowledgeInput,
  alertIdParam,
  alertListQuery,
  alertView,
  auditEventView,
  auditQuery,
  patientIdParam,
} from '@minimus/contract';
import type { Dependencies } from '../http/dependencies.js';
import { acknowledgeAlert, listClinicAlerts, listPatientAlerts } from '../services/alert-service.js';
import { listAudit } from '../services/audit-service.js';
import { ERRORS, json, jsonBody, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const clinicAlertsRoute = createRoute({
  method: 'get',
  path: '/alerts',
  tags: ['Alerts'],
  summary: "The clinic's alerts (therapist, admin)",
  security: SESSION_SECURITY,
  request: { query: alertListQuery },
  responses: { 200: json(z.array(alertView), 'Alerts, newest first'), ...ERRORS },
});

const patientAlertsRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/alerts',
  tags: ['Alerts'],
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: json(z.array(alertView), "The patient's alerts"), ...ERRORS },
});

const acknowledgeRoute = createRoute({
  method: 'post',
  path: '/alerts/{alertId}/acknowledge',
  tags: ['Alerts'],
  summary: 'Acknowledge an alert with a note (therapist)',
  security: SESSION_SECURITY,
  request: {
    params: alertIdParam,
    ...jsonBody(acknowledgeInput),
  },
  responses: { 200: json(alertView, 'Acknowledged'), ...ERRORS },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Audit'],
  summary: "The clinic's audit trail (admin)",
  security: SESSION_SECURITY,
  request: { query: auditQuery },
  responses: {
    200: json(z.array(auditEventView), 'Events'),
    ...ERRORS,
  },
});

export const alertAndAuditRouteDefinitions = [
  clinicAlertsRoute,
  patientAlertsRoute,
  acknowledgeRoute,
  auditRoute,
];

export function alertAndAuditRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(clinicAlertsRoute, async (c) =>
      c.json(await listClinicAlerts(useCase(c, deps), c.req.valid('query').status), 200),
    )
    .openapi(patientAlertsRoute, async (c) =>
      c.json(await listPatientAlerts(useCase(c, deps), c.req.valid('param').patientId), 200),
    )
    .openapi(acknowledgeRoute, async (c) => {
      const alert = await acknowledgeAlert(
        useCase(c, deps),
        c.req.valid('param').alertId,
        c.req.valid('json').note,
      );
      return c.json(alert, 200);
    })
    .openapi(auditRoute, async (c) => c.json(await listAudit(useCase(c, deps), c.req.valid('query')), 200));
}
