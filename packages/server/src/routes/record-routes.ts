import { createRoute, z } from '@hono/zod-openapi';
import type { CheckIn, OutcomeScore, PsfsEntry, ScreenAnswers, SessionLog } from '@minimus/core';
import type { Dependencies } from '../http/dependencies.js';
import { domainObject, isoDate, patientIdParam } from '../schemas/common.js';
import {
  checkInInput,
  outcomeScoreInput,
  psfsInput,
  screenInput,
  sessionLogInput,
  strengthTestInput,
} from '../schemas/records.js';
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

type WithClient<T> = T & { clientId: string };
const storedSession = domainObject<WithClient<SessionLog>>(
  'StoredSessionLog',
  'The stored, stamped session log',
);
const storedCheckIn = domainObject<WithClient<CheckIn>>('StoredCheckIn', 'The stored check-in');
const storedScreen = domainObject<WithClient<ScreenAnswers>>('StoredScreen', 'The stored screen answers');
const storedPsfs = domainObject<WithClient<PsfsEntry>>('StoredPsfs', 'The stored PSFS entry');

const sessionLogRoute = deviceWrite(
  'session-logs',
  sessionLogInput,
  'Log a session (stamped with the plan of its date)',
  storedSession,
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
const psfsRoute = deviceWrite('psfs', psfsInput, 'Patient-Specific Functional Scale entry', storedPsfs);

const listRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/session-logs',
  tags,
  security: SESSION_SECURITY,
  request: {
    params: patientIdParam,
    query: z.object({ from: isoDate.default('1900-01-01'), to: isoDate.default('9999-12-31') }),
  },
  responses: {
    200: json(z.array(domainObject<SessionLog>('SessionLog', 'A stored session log')), 'Session logs'),
    ...ERRORS,
  },
});

function therapistWrite<S extends z.ZodType>(path: string, schema: S, summary: string, name: string) {
  const storedRecord = domainObject<z.infer<S> & { id: string }>(name, 'The stored record with its id');
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
  'StoredStrengthTest',
);
const outcomeRoute = therapistWrite(
  'outcome-scores',
  outcomeScoreInput,
  'LEFS or VISA-G total (therapist)',
  'StoredOutcomeScore',
);

const outcomeListRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/outcome-scores',
  tags: ['Measurements'],
  summary: 'LEFS and VISA-G totals, newest first (therapist, admin)',
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: {
    200: json(
      z.array(domainObject<OutcomeScore>('OutcomeScore', 'A stored total with its author')),
      'Outcome scores',
    ),
    ...ERRORS,
  },
});

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
