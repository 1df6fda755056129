import { createRoute, z } from '@hono/zod-openapi';
import {
  acceptedInvitationView,
  acceptInvitationInput,
  invitationLinkView,
  invitationStatusView,
  inviteByEmailInput,
  meView,
  patientIdParam,
  setupInput,
  setupStatusView,
  therapistIdParam,
  therapistInput,
  therapistUpdateInput,
  therapistView,
  tokenParam,
} from '@minimus/contract';
import type { Context } from 'hono';
import { actorOf } from '../auth/current-actor.js';
import type { Dependencies } from '../http/dependencies.js';
import { transaction } from '../repositories/transaction.js';
import { acceptInvitation, describeInvitation, invitePatient } from '../services/invitation-service.js';
import { createFirstClinic, setupStatus } from '../services/setup-service.js';
import { inviteTherapist, listTherapists, setTherapistActive } from '../services/therapist-service.js';
import { ERRORS, json, jsonBody, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Accounts'];

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags,
  security: SESSION_SECURITY,
  responses: {
    200: json(meView, 'Who is signed in'),
    ...ERRORS,
  },
});

const inviteTherapistRoute = createRoute({
  method: 'post',
  path: '/therapists',
  tags,
  summary: 'Add a therapist to the clinic and get their invitation link (admin)',
  security: SESSION_SECURITY,
  request: jsonBody(therapistInput),
  responses: { 201: json(therapistView, 'Created, with the invitation'), ...ERRORS },
});

const listTherapistsRoute = createRoute({
  method: 'get',
  path: '/therapists',
  tags,
  summary: "The clinic's therapists (admin)",
  security: SESSION_SECURITY,
  responses: { 200: json(z.array(therapistView), 'Therapists by name'), ...ERRORS },
});

const updateTherapistRoute = createRoute({
  method: 'patch',
  path: '/therapists/{therapistId}',
  tags,
  summary: 'Deactivate (or reactivate) a therapist (admin)',
  security: SESSION_SECURITY,
  request: {
    params: therapistIdParam,
    ...jsonBody(therapistUpdateInput),
  },
  responses: { 200: json(therapistView, 'Updated'), ...ERRORS },
});

const invitePatientRoute = createRoute({
  method: 'post',
  path: '/patients/{patientId}/invitations',
  tags,
  summary: 'A one-time link (and QR code) for the patient to set a password (therapist)',
  security: SESSION_SECURITY,
  request: {
    params: patientIdParam,
    body: { content: { 'application/json': { schema: inviteByEmailInput } }, required: false },
  },
  responses: { 201: json(invitationLinkView, 'The link'), ...ERRORS },
});

const describeRoute = createRoute({
  method: 'get',
  path: '/invitations/{token}',
  tags,
  summary: 'What an invitation link is for (public)',
  request: { params: tokenParam },
  responses: {
    200: json(invitationStatusView, 'The invitation'),
    ...ERRORS,
  },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/invitations/{token}/accept',
  tags,
  summary: 'Set a password through the link; signs in (session cookie) (public)',
  request: {
    params: tokenParam,
    ...jsonBody(acceptInvitationInput),
  },
  responses: {
    200: json(acceptedInvitationView, 'Signed in'),
    410: { description: 'The link was used or has expired (`gone`)' },
    ...ERRORS,
  },
});

const setupStatusRoute = createRoute({
  method: 'get',
  path: '/setup',
  tags,
  summary: 'Whether this installation still waits for its first clinic (public)',
  responses: { 200: json(setupStatusView, 'Whether setup is needed'), ...ERRORS },
});

const setupRoute = createRoute({
  method: 'post',
  path: '/setup',
  tags,
  summary: 'First run: create the clinic and its admin, once; signs the admin in (public)',
  request: jsonBody(setupInput),
  responses: {
    201: json(setupStatusView, 'Created and signed in; setup is no longer needed'),
    409: { description: 'The installation has an account already (`conflict`)' },
    ...ERRORS,
  },
});

export const publicAccountRouteDefinitions = [describeRoute, acceptRoute, setupStatusRoute, setupRoute];
export const accountRouteDefinitions = [
  meRoute,
  listTherapistsRoute,
  inviteTherapistRoute,
  updateTherapistRoute,
  invitePatientRoute,
];

/** Signs in the account a public route has just given a password, passing on its session cookie. */
async function signInAs(deps: Dependencies, c: Context, email: string, password: string): Promise<void> {
  const signedIn = await deps.auth.api.signInEmail({
    body: { email, password },
    headers: c.req.raw.headers,
    asResponse: true,
  });
  for (const cookie of signedIn.headers.getSetCookie()) c.header('Set-Cookie', cookie, { append: true });
}

/** Routes anyone may call: reading and accepting an invitation, first-run setup. */
export function publicAccountRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(describeRoute, async (c) =>
      c.json(await describeInvitation(deps.repos, c.req.valid('param').token), 200),
    )
    .openapi(setupStatusRoute, async (c) => c.json(await setupStatus(deps.repos), 200))
    .openapi(setupRoute, async (c) => {
      const body = c.req.valid('json');
      const created = await createFirstClinic(deps.db, body, c.get('requestId') ?? null);
      await signInAs(deps, c, created.email, body.password);
      return c.json({ needed: false }, 201);
    })
    .openapi(acceptRoute, async (c) => {
      const body = c.req.valid('json');
      // One transaction: a link is never used up without the password it was used for.
      const accepted = await transaction(deps.db)((repos) =>
        acceptInvitation(repos, c.req.valid('param').token, body),
      );
      await signInAs(deps, c, accepted.email, body.password);
      return c.json({ patientId: accepted.patientId }, 200);
    });
}

export function accountRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(meRoute, (c) => {
      const actor = actorOf(c);
      return c.json(
        {
          user: { id: actor.userId, name: actor.name, email: actor.email, role: actor.role },
          clinicId: actor.clinicId,
          patientId: actor.patientId,
          locale: actor.locale,
        },
        200,
      );
    })
    .openapi(listTherapistsRoute, async (c) => c.json(await listTherapists(useCase(c, deps)), 200))
    .openapi(inviteTherapistRoute, async (c) =>
      c.json(await inviteTherapist(useCase(c, deps), c.req.valid('json')), 201),
    )
    .openapi(updateTherapistRoute, async (c) => {
      const updated = await setTherapistActive(
        useCase(c, deps),
        c.req.valid('param').therapistId,
        c.req.valid('json').active,
      );
      return c.json(updated, 200);
    })
    .openapi(invitePatientRoute, async (c) => {
      const options = { sendEmail: c.req.valid('json')?.sendEmail === true };
      return c.json(await invitePatient(useCase(c, deps), c.req.valid('param').patientId, options), 201);
    });
}
