import { createRoute, z } from '@hono/zod-openapi';
import { patientIdParam, monitoringReport as report } from '@minimus/contract';
import type { Dependencies } from '../http/dependencies.js';
import { clinicMonitoring } from '../services/export-service.js';
import { patientMonitoringCsv, patientMonitoringReport } from '../services/monitoring-service.js';
import { ERRORS, json, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Exports'];

const clinicReportRoute = createRoute({
  method: 'get',
  path: '/reports/monitoring',
  tags,
  summary: "The clinic's 30-day remote-monitoring report as data (therapist, admin)",
  security: SESSION_SECURITY,
  responses: { 200: json(report, 'The report'), ...ERRORS },
});

const patientReportRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/reports/monitoring',
  tags,
  summary: "One patient's 30-day remote-monitoring report as data (therapist, admin)",
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: json(report, 'The report, with this patient alone'), ...ERRORS },
});

const patientCsvRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/reports/monitoring.csv',
  tags,
  summary: "One patient's 30-day remote-monitoring report as CSV (therapist, admin)",
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...ERRORS },
});

export const reportRouteDefinitions = [clinicReportRoute, patientReportRoute, patientCsvRoute];

/** The monitoring report as data for the clinician's pages, and one patient's as CSV. */
export function reportRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(clinicReportRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await clinicMonitoring(useCase(c, deps)), 200);
    })
    .openapi(patientReportRoute, async (c) => {
      c.header('Cache-Control', 'private, no-store');
      return c.json(await patientMonitoringReport(useCase(c, deps), c.req.valid('param').patientId), 200);
    })
    .openapi(patientCsvRoute, async (c) =>
      c.body(await patientMonitoringCsv(useCase(c, deps), c.req.valid('param').patientId), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="monitoring.csv"',
        'Cache-Control': 'private, no-store',
      }),
    );
}
