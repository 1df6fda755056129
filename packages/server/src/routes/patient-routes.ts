import { createRoute } from '@hono/zod-openapi';
import {
  patientIdParam,
  patientInput,
  patientListPageView,
  patientListQuery,
  patientUpdateInput,
  patientProfile as profile,
  programChangeInput,
  programView,
} from '@minimus/contract';
import type { Dependencies } from '../http/dependencies.js';
import { transaction } from '../repositories/transaction.js';
import { listPatients } from '../services/patient-list.js';
import { createPatient, getPatient, updatePatient } from '../services/patient-service.js';
import { changeProgram, getProgram } from '../services/program-service.js';
import { ERRORS, json, jsonBody, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Patients'];
const conflict = { 409: { description: 'Conflict (`conflict`)' } };

const listRoute = createRoute({
  method: 'get',
  path: '/patients',
  tags,
  summary: 'Patients ordered by what needs attention (therapist, admin)',
  security: SESSION_SECURITY,
  request: { query: patientListQuery },
  responses: {
    200: json(patientListPageView, 'One page of patients'),
    ...ERRORS,
  },
});

const createPatientRoute = createRoute({
  method: 'post',
  path: '/patients',
  tags,
  summary: 'Register a patient and create the program (therapist)',
  security: SESSION_SECURITY,
  request: jsonBody(patientInput),
  responses: { 201: json(profile, 'Created'), ...ERRORS, ...conflict },
});

const getRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}',
  tags,
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: json(profile, 'The patient'), ...ERRORS },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/patients/{patientId}',
  tags,
  security: SESSION_SECURITY,
  request: { params: patientIdParam, ...jsonBody(patientUpdateInput) },
  responses: { 200: json(profile, 'Updated'), ...ERRORS },
});

const programRoute = createRoute({
  method: 'get',
  path: '/patients/{patientId}/program',
  tags: ['Programs'],
  security: SESSION_SECURITY,
  request: { params: patientIdParam },
  responses: { 200: json(programView, 'The program with its change history'), ...ERRORS },
});

const changeRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/program/changes',
  tags: ['Programs'],
  summary: 'Change the program; becomes a new version with author and reason (therapist)',
  security: SESSION_SECURITY,
  request: { params: patientIdParam, ...jsonBody(programChangeInput) },
  responses: { 201: json(programView, 'The new program version'), ...ERRORS, ...conflict },
});

export const patientRouteDefinitions = [
  listRoute,
  createPatientRoute,
  getRoute,
  patchRoute,
  programRoute,
  changeRoute,
];

export function patientRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(listRoute, async (c) => c.json(await listPatients(useCase(c, deps), c.req.valid('query')), 200))
    .openapi(createPatientRoute, async (c) => {
      const created = await createPatient(useCase(c, deps), transaction(deps.db), c.req.valid('json'));
      return c.json(created, 201);
    })
    .openapi(getRoute, async (c) =>
      c.json(await getPatient(useCase(c, deps), c.req.valid('param').patientId), 200),
    )
    .openapi(patchRoute, async (c) => {
      const updated = await updatePatient(
        useCase(c, deps),
        c.req.valid('param').patientId,
        c.req.valid('json'),
      );
      return c.json(updated, 200);
    })
    .openapi(programRoute, async (c) =>
      c.json(await getProgram(useCase(c, deps), c.req.valid('param').patientId), 200),
    )
    .openapi(changeRoute, async (c) => {
      const changed = await changeProgram(
        useCase(c, deps),
        c.req.valid('param').patientId,
        c.req.valid('json'),
      );
      return c.json(changed, 201);
    });
}
