import { createRoute, z } from '@hono/zod-openapi';
import {
  checkInInput,
  outcomeScore,
  outcomeScoreInput,
  patientIdParam,
  psfsInput,
  screenInput,
  sessionLog,
  sessionLogInput,
  sessionLogRangeQuery,
  storedCheckIn,
  storedOutcomeScore,
  storedPsfs,
  storedScreen,
  storedSessionLog,
  storedStrengthTest,
  strengthTestInput,
} from '@minimus/contract';
import type { Dependencies } from '../http/dependencies.js';
import {
  listSessionLogs,
  recordCheckIn,
  recordPsfs,
  recordScreen,
  recordSessionLog,
} from '../services/log-service.js';
import {
  listOutcomeScores,
  recordOutcomeScore,
  recordStrengthTest,
} from '../services/measurement-service.js';
import { ERRORS, json, jsonBody, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Logs'];
function deviceWrite<S extends z.ZodType, R>(path: string, schema: S, summary: string, stored: z.ZodType<R>) {
  return createRoute({
    method: 'post',
    path: `/patients/{patientId}/${path}`,
    tags,
    summary,
    security: SESSION_SECURITY,
    request: { params: patientIdParam, ...jsonBody(schema) },
    responses: {
      200: json(stored, 'A replay: the record stored earlier under this clientId'),
      201: json(stored, 'Stored'),
      ...ERRORS,
    },
  });
}

const sessionLogRoute = deviceWrite(
  'session-logs',
  sessionLogInput,
  'Log a session (stamped with the plan of its date)',
  storedSessionLog,
);
const checkInRoute = deviceWrite(
  'check-ins',
  checkInInput,
  'Daily check-in: next-morning, worst and walking pain',
  storedCheckIn,
);
const redFlagRoute = deviceWrite('screens/red-flag', screenInput, 'Red-flag screen answers', storedScreen);
const tendinopathyRoute = deviceWrite(
  'screens/tendinopathy',
  screenInput,
  'Tendinopathy screen answers',
  storedScreen,
);
const fallsRoute = deviceWrite(
  'screens/falls',
  screenInput,
  'Falls screen answers (STEADI "Stay Independent", all 12 statements)',
  storedScreen,
);
const maintenanceCheckInRoute = deviceWrite(
  'screens/maintenance-check-in',
  screenInput,
  'Check-in answers after discharge (every question)',
  storedScreen,
);
const psfsRoute = deviceWrite('psfs', psfsInput, 'Patient-Specific Functional Scale entry', storedPsfs);

const listRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/session-logs',
  tags,
  security: SESSION_SECURITY,
  request: {
    params: patientIdParam,
    query: sessionLogRangeQuery,
  },
  responses: {
    200: json(z.array(sessionLog), 'Session logs'),
    ...ERRORS,
  },
});

function therapistWrite<S extends z.ZodType, R>(
  path: string,
  schema: S,
  summary: string,
  storedRecord: z.ZodType<R>,
) {
  return createRoute({
    method: 'post',
    path: `/patients/{patientId}/${path}`,
    tags: ['Measurements'],
    summary,
    security: SESSION_SECURITY,
    request: { params: patientIdParam, ...jsonBody(schema) },
    responses: { 201: json(storedRecord, 'Stored'), ...ERRORS },
  });
}

const strengthRoute = therapistWrite(
  'strength-tests',
  strengthTestInput,
  'Strength test, per side (therapist)',
  storedStrengthTest,
);
const outcomeRoute = therapistWrite(
  'outcome-scores',
  outcomeScoreInput,
  'LEFS or VISA-G total (therapist)',
  storedOutcomeScore,
);

const outcomeListRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/outcome-scores',
  tags: ['Measurements'],
  summary: 'LEFS and VISA-G totals, newest first (therapist, admin)',
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: {
    200: json(z.array(outcomeScore), 'Outcome scores'),
    ...ERRORS,
  },
});

export const recordRouteDefinitions = [
  sessionLogRoute,
  checkInRoute,
  redFlagRoute,
  tendinopathyRoute,
  fallsRoute,
  maintenanceCheckInRoute,
  psfsRoute,
  listRoute,
  strengthRoute,
  outcomeListRoute,
  outcomeRoute,
];

export function recordRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(sessionLogRoute, async (c) => {
      const body = c.req.valid('json');
      const stored = await recordSessionLog(useCase(c, deps), c.req.valid('param').patientId, body);
      return stored.created ? c.json(stored.record, 201) : c.json(stored.record, 200);
    })
    .openapi(checkInRoute, async (c) => {
      const body = c.req.valid('json');
      const stored = await recordCheckIn(useCase(c, deps), c.req.valid('param').patientId, body);
      return stored.created ? c.json(stored.record, 201) : c.json(stored.record, 200);
    })
    .openapi(redFlagRoute, async (c) => {
      const body = c.req.valid('json');
      const stored = await recordScreen(useCase(c, deps), c.req.valid('param').patientId, 'red-flag', body);
      return stored.created ? c.json(stored.record, 201) : c.json(stored.record, 200);
    })
    .openapi(tendinopathyRoute, async (c) => {
      const body = c.req.valid('json');
      const stored = await recordScreen(
        useCase(c, deps),
        c.req.valid('param').patientId,
        'tendinopathy',
        body,
      );
      return stored.created ? c.json(stored.record, 201) : c.json(stored.record, 200);
    })
    .openapi(fallsRoute, async (c) => {
      const body = c.req.valid('json');
      const stored = await recordScreen(useCase(c, deps), c.req.valid('param').patientId, 'falls', body);
      return stored.created ? c.json(stored.record, 201) : c.json(stored.record, 200);
    })
    .openapi(maintenanceCheckInRoute, async (c) => {
      const body = c.req.valid('json');
      const patientId = c.req.valid('param').patientId;
      const stored = await recordScreen(useCase(c, deps), patientId, 'maintenance-check-in', body);
      return stored.created ? c.json(stored.record, 201) : c.json(stored.record, 200);
    })
    .openapi(psfsRoute, async (c) => {
      const body = c.req.valid('json');
      const stored = await recordPsfs(useCase(c, deps), c.req.valid('param').patientId, body);
      return stored.created ? c.json(stored.record, 201) : c.json(stored.record, 200);
    })
    .openapi(listRoute, async (c) => {
      const { from, to } = c.req.valid('query');
      return c.json(await listSessionLogs(useCase(c, deps), c.req.valid('param').patientId, from, to), 200);
    })
    .openapi(strengthRoute, async (c) => {
      const body = c.req.valid('json');
      return c.json(await recordStrengthTest(useCase(c, deps), c.req.valid('param').patientId, body), 201);
    })
    .openapi(outcomeListRoute, async (c) =>
      c.json(await listOutcomeScores(useCase(c, deps), c.req.valid('param').patientId), 200),
    )
    .openapi(outcomeRoute, async (c) => {
      const body = c.req.valid('json');
      return c.json(await recordOutcomeScore(useCase(c, deps), c.req.valid('param').patientId, body), 201);
    });
}
