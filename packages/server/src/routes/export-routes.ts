import { createRoute, z } from '@hono/zod-openapi';
import {
  calendarFeedStatusView,
  calendarFeedView,
  type ExportQuery,
  exportQuery,
  patientIdParam,
} from '@minimus/contract';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { Dependencies } from '../http/dependencies.js';
import { calendarFeedStatus, createCalendarFeed, revokeCalendarFeed } from '../services/calendar-service.js';
import { type ExportKind, exportDocument, monitoringCsv } from '../services/export-service.js';
import { ERRORS, json, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Exports'];

function documentRoute(path: string, contentType: string, summary: string) {
  return createRoute({
    method: 'get',
    path: `/patients/{patientId}/exports/${path}`,
    tags,
    summary,
    security: SESSION_SECURITY,
    request: { params: patientIdParam, query: exportQuery },
    responses: {
      200: { description: summary, content: { [contentType]: { schema: z.string() } } },
      ...ERRORS,
    },
  });
}

const handoutRoute = documentRoute('handout.pdf', 'application/pdf', 'The printable home-exercise handout');
const physicianRoute = documentRoute(
  'physician-summary.pdf',
  'application/pdf',
  'The summary for the physician',
);
const fhirRoute = documentRoute('fhir', 'application/fhir+json', 'FHIR R4 Bundle of the program and results');

const feedParams = { params: patientIdParam };
const createFeedRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/calendar-feed',
  tags,
  summary: 'A new secret calendar-feed URL; the previous one stops working',
  security: SESSION_SECURITY,
  request: feedParams,
  responses: { 201: json(calendarFeedView, 'The feed URL'), ...ERRORS },
});
const feedStatusRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/calendar-feed',
  tags,
  summary:
    'Whether the patient has a working calendar-feed link, and since when (the link is not shown again)',
  security: SESSION_SECURITY,
  request: feedParams,
  responses: {
    200: json(calendarFeedStatusView, 'The feed state'),
    ...ERRORS,
  },
});
const revokeFeedRoute = createRoute({
  method: 'delete',
  path: '/patients/{patientId}/calendar-feed',
  tags,
  summary: 'Revoke the calendar feed',
  security: SESSION_SECURITY,
  request: feedParams,
  responses: { 204: { description: 'Revoked' }, ...ERRORS },
});

const monitoringRoute = createRoute({
  method: 'get',
  path: '/reports/monitoring.csv',
  tags,
  summary: "The clinic's 30-day remote-monitoring report (therapist, admin)",
  security: SESSION_SECURITY,
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...ERRORS },
});

async function sendDocument(
  c: Context<AppEnv>,
  deps: Dependencies,
  request: { patientId: string; query: ExportQuery },
  kind: ExportKind,
  file: string | null,
) {
  const result = await exportDocument(useCase(c, deps), request.patientId, kind, request.query);
  c.header('Cache-Control', 'private, no-store');
  if (Buffer.isBuffer(result)) {
    return c.body(new Uint8Array(result), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${file}"`,
    });
  }
  return c.body(JSON.stringify(result), 200, { 'Content-Type': 'application/fhir+json' });
}

export const exportRouteDefinitions = [
  handoutRoute,
  physicianRoute,
  fhirRoute,
  createFeedRoute,
  feedStatusRoute,
  revokeFeedRoute,
  monitoringRoute,
];

export function exportRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(handoutRoute, (c) =>
      sendDocument(
        c,
        deps,
        { patientId: c.req.valid('param').patientId, query: c.req.valid('query') },
        'handout',
        'home-exercises.pdf',
      ),
    )
    .openapi(physicianRoute, (c) =>
      sendDocument(
        c,
        deps,
        { patientId: c.req.valid('param').patientId, query: c.req.valid('query') },
        'physician-summary',
        'physician-summary.pdf',
      ),
    )
    .openapi(fhirRoute, (c) =>
      sendDocument(
        c,
        deps,
        { patientId: c.req.valid('param').patientId, query: c.req.valid('query') },
        'fhir',
        null,
      ),
    )
    .openapi(createFeedRoute, async (c) =>
      c.json(await createCalendarFeed(useCase(c, deps), c.req.valid('param').patientId), 201),
    )
    .openapi(feedStatusRoute, async (c) =>
      c.json(await calendarFeedStatus(useCase(c, deps), c.req.valid('param').patientId), 200),
    )
    .openapi(revokeFeedRoute, async (c) => {
      await revokeCalendarFeed(useCase(c, deps), c.req.valid('param').patientId);
      return c.body(null, 204);
    })
    .openapi(monitoringRoute, async (c) =>
      c.body(await monitoringCsv(useCase(c, deps)), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="monitoring.csv"',
        'Cache-Control': 'private, no-store',
      }),
    );
}
