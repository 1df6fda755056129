import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOn, type TestApp } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../support/test-database.js';
import { buildReliabilityClinic } from './reliability-fixture.js';
import {
  apiRouteKeys,
  passwordResetToken,
  photoMessage,
  plannedExercise,
  type RouteTarget,
  sendRequest,
  VALID_REQUESTS,
} from './route-requests.js';
import { digestTables } from './table-digest.js';

type Role = 'patient' | 'therapist' | 'admin';
const EVERYONE: readonly Role[] = ['patient', 'therapist', 'admin'];
const STAFF: readonly Role[] = ['therapist', 'admin'];
const CARE: readonly Role[] = ['patient', 'therapist'];
const THERAPIST: readonly Role[] = ['therapist'];
const ADMIN: readonly Role[] = ['admin'];

/**
 * Who may call each route, on their own clinic's and their own record's data; `public` routes need no
 * session. A route missing here fails the test, so a new route must say who may use it.
 */
const ROLES: Record<string, readonly Role[] | 'public' | 'first-run'> = {
  'GET /api/v1/invitations/:token': 'public',
  'GET /api/v1/setup': 'public',
  // Anyone, but only on an installation with no account yet (setup.int.test.ts); here it is closed.
  'POST /api/v1/setup': 'first-run',
  'POST /api/v1/invitations/:token/accept': 'public',
  'GET /api/v1/me': EVERYONE,
  'GET /api/v1/me/two-factor': EVERYONE,
  'POST /api/v1/me/two-factor': STAFF,
  'GET /api/v1/therapists': ADMIN,
  'POST /api/v1/therapists': ADMIN,
  'PATCH /api/v1/therapists/:therapistId': ADMIN,
  'POST /api/v1/patients/:patientId/invitations': THERAPIST,
  'GET /api/v1/patients': STAFF,
  'POST /api/v1/patients': THERAPIST,
  'GET /api/v1/patients/:patientId': EVERYONE,
  'PATCH /api/v1/patients/:patientId': THERAPIST,
  'GET /api/v1/patients/:patientId/program': EVERYONE,
  'POST /api/v1/patients/:patientId/program/changes': THERAPIST,
  'GET /api/v1/protocol': EVERYONE,
  'GET /api/v1/patients/:patientId/plan': EVERYONE,
  'GET /api/v1/patients/:patientId/plans': EVERYONE,
  'GET /api/v1/patients/:patientId/summary': EVERYONE,
  'GET /api/v1/patients/:patientId/onboarding': EVERYONE,
  'POST /api/v1/patients/:patientId/session-logs': CARE,
  'POST /api/v1/patients/:patientId/check-ins': CARE,
  'POST /api/v1/patients/:patientId/screens/red-flag': CARE,
  'POST /api/v1/patients/:patientId/screens/tendinopathy': CARE,
  'POST /api/v1/patients/:patientId/screens/falls': CARE,
  'POST /api/v1/patients/:patientId/screens/maintenance-check-in': CARE,
  'POST /api/v1/patients/:patientId/psfs': CARE,
  'GET /api/v1/patients/:patientId/session-logs': EVERYONE,
  'POST /api/v1/patients/:patientId/strength-tests': THERAPIST,
  'POST /api/v1/patients/:patientId/outcome-scores': THERAPIST,
  'GET /api/v1/alerts': STAFF,
  'GET /api/v1/patients/:patientId/alerts': EVERYONE,
  'POST /api/v1/alerts/:alertId/acknowledge': THERAPIST,
  'GET /api/v1/audit': ADMIN,
  'GET /api/v1/patients/:patientId/exports/handout.pdf': EVERYONE,
  'GET /api/v1/patients/:patientId/exports/physician-summary.pdf': EVERYONE,
  'GET /api/v1/patients/:patientId/exports/fhir': EVERYONE,
  'POST /api/v1/patients/:patientId/calendar-feed': CARE,
  'DELETE /api/v1/patients/:patientId/calendar-feed': CARE,
  'GET /api/v1/reports/monitoring.csv': STAFF,
  'GET /api/v1/reports/monitoring': STAFF,
  'GET /api/v1/patients/:patientId/reports/monitoring': STAFF,
  'GET /api/v1/patients/:patientId/reports/monitoring.csv': STAFF,
  'GET /api/v1/patients/:patientId/calendar-feed': CARE,
  'GET /api/v1/patients/:patientId/outcome-scores': STAFF,
  'GET /api/v1/notifications/channels': 'public',
  'POST /api/v1/password-resets': 'public',
  'POST /api/v1/password-resets/:token': 'public',
  'GET /api/v1/me/notifications': EVERYONE,
  'PUT /api/v1/me/notifications': EVERYONE,
  'POST /api/v1/me/push-subscriptions': EVERYONE,
  'DELETE /api/v1/me/push-subscriptions': EVERYONE,
  'GET /api/v1/admin/notifications': ADMIN,
  'GET /api/v1/patients/:patientId/messages': CARE,
  'POST /api/v1/patients/:patientId/messages': CARE,
  'POST /api/v1/patients/:patientId/messages/receipts': CARE,
  'GET /api/v1/patients/:patientId/messages/:messageId/photo': CARE,
  'GET /api/v1/patients/:patientId/contact-card': EVERYONE,
  'GET /api/v1/therapists/:therapistId/contact-card': ADMIN,
  'PUT /api/v1/therapists/:therapistId/contact-card': ADMIN,
};

const refusals = Object.entries(ROLES).flatMap(([key, allowed]) =>
  allowed === 'public' || allowed === 'first-run'
    ? []
    : EVERYONE.filter((role) => !allowed.includes(role)).map((role) => ({ key, role })),
);

describe.each(testDatabaseKinds())('vertical access: each role only on its own routes, on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let cookies: Record<Role | 'anonymous', string>;
  let target: RouteTarget;

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database);
    const fixture = await buildReliabilityClinic(test);
    cookies = { ...fixture.cookies };
    target = {
      patientId: fixture.patient.id,
      alertId: fixture.ids.alertId?.[0] ?? '',
      therapistId: fixture.ids.therapistId?.[0] ?? '',
      invitationToken: fixture.ids.token?.[0] ?? '',
      plannedExerciseId: await plannedExercise(test, fixture.patient.id, cookies.therapist),
      resetToken: await passwordResetToken(test, fixture.patient.id),
      messageId: await photoMessage(test, fixture.patient.id, cookies.patient),
    };
  });
  afterAll(async () => testDatabase.dispose());

  it('has a role expectation and a valid request for every route the router serves', () => {
    const routes = apiRouteKeys(test);
    expect(routes.filter((key) => !(key in ROLES))).toEqual([]);
    expect(Object.keys(ROLES).filter((key) => !routes.includes(key))).toEqual([]);
    expect(routes.filter((key) => !(key in VALID_REQUESTS))).toEqual([]);
  });

  it('covers every staff-only route as a patient and every admin-only route as a therapist', () => {
    const asPatient = refusals.filter(({ role }) => role === 'patient').map(({ key }) => key);
    const asTherapist = refusals.filter(({ role }) => role === 'therapist').map(({ key }) => key);
    expect(asPatient).toContain('GET /api/v1/audit');
    expect(asPatient).toContain('POST /api/v1/patients');
    expect(asTherapist).toEqual([
      'GET /api/v1/therapists',
      'POST /api/v1/therapists',
      'PATCH /api/v1/therapists/:therapistId',
      'GET /api/v1/audit',
      'GET /api/v1/admin/notifications',
      'GET /api/v1/therapists/:therapistId/contact-card',
      'PUT /api/v1/therapists/:therapistId/contact-card',
    ]);
  });

  it.each(refusals)('refuses $key to a $role with 403 and changes nothing', async ({ key, role }) => {
    const request = VALID_REQUESTS[key]?.(target);
    if (!request) throw new Error(`no valid request for ${key}`);
    const before = await digestTables(test.deps.db);
    const response = await sendRequest(test, key, request, cookies[role]);
    const body = await response.text();
    expect(response.status, body).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(body).not.toContain(target.patientId);
    expect(await digestTables(test.deps.db)).toEqual(before);
  });

  // After the refusals, since these change data: the same requests succeed for a role that may make
  // them, so each 403 above came from the role and not from a malformed request.
  it.each(Object.entries(ROLES))('lets a permitted caller make the same %s request', async (key, allowed) => {
    const request = VALID_REQUESTS[key]?.(target);
    if (!request) throw new Error(`no valid request for ${key}`);
    const caller = typeof allowed === 'string' ? 'anonymous' : (allowed[0] ?? 'admin');
    const response = await sendRequest(test, key, request, cookies[caller]);
    if (allowed === 'first-run') expect(response.status, await response.text()).toBe(409);
    else expect(response.status, await response.text()).toBeLessThan(400);
  });
});
