import { createRoute, z } from '@hono/zod-openapi';
import { dayPlan, patientIdParam, planQuery, plansQuery, programSummary, protocol } from '@minimus/contract';
import type { Dependencies } from '../http/dependencies.js';
import { getPlan, getPlans, getProtocol, getSummary } from '../services/plan-service.js';
import { ERRORS, json, newRouter, SESSION_SECURITY, sharedJson, useCase } from './route-kit.js';

const tags = ['Plans'];

const protocolRoute = createRoute({
  method: 'get',
  path: '/protocol',
  tags,
  security: SESSION_SECURITY,
  responses: {
    200: json(protocol, 'The protocol'),
    ...ERRORS,
  },
});

const planRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/plan',
  tags,
  security: SESSION_SECURITY,
  request: { params: patientIdParam, query: planQuery },
  responses: {
    200: json(dayPlan, "The day's plan; without a date, today in the patient's time zone"),
    ...ERRORS,
  },
});

const plansRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/plans',
  tags,
  security: SESSION_SECURITY,
  request: {
    params: patientIdParam,
    query: plansQuery,
  },
  responses: { 200: json(z.array(dayPlan), 'Consecutive day plans, for offline use'), ...ERRORS },
});

const summaryRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/summary',
  tags,
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: {
    200: json(programSummary, 'Summary'),
    ...ERRORS,
  },
});

export const planRouteDefinitions = [protocolRoute, planRoute, plansRoute, summaryRoute];

export function planRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(protocolRoute, async (c) => c.json(await getProtocol(useCase(c, deps)), 200))
    .openapi(planRoute, async (c) => {
      const plan = await getPlan(useCase(c, deps), c.req.valid('param').patientId, c.req.valid('query').date);
      return sharedJson(c, plan);
    })
    .openapi(plansRoute, async (c) => {
      const { from, days } = c.req.valid('query');
      return c.json(await getPlans(useCase(c, deps), c.req.valid('param').patientId, from, days), 200);
    })
    .openapi(summaryRoute, async (c) =>
      c.json(await getSummary(useCase(c, deps), c.req.valid('param').patientId), 200),
    );
}
