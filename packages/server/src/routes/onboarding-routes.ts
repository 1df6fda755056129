import { createRoute } from '@hono/zod-openapi';
import { onboardingView, patientIdParam } from '@minimus/contract';
import { onboardingOf } from '@minimus/core';
import type { Dependencies } from '../http/dependencies.js';
import { withPatient } from '../services/patient-access.js';
import { ERRORS, json, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const onboardingRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/onboarding',
  tags: ['Plans'],
  summary: "Whether the patient's first safety questions are answered, and their PSFS activities",
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: json(onboardingView, 'Onboarding as the stored history says'), ...ERRORS },
});

export const onboardingRouteDefinitions = [onboardingRoute];

export function onboardingRoutes(deps: Dependencies) {
  return newRouter().openapi(onboardingRoute, async (c) => {
    const context = useCase(c, deps);
    const answer = await withPatient(
      context,
      c.req.valid('param').patientId,
      'onboarding.read',
      ['patient', 'therapist', 'admin'],
      async (patient) => onboardingOf((await context.repos.planner.state(patient)).history),
    );
    return c.json(answer, 200);
  });
}
