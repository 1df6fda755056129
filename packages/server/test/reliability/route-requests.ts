import { randomUUID } from 'node:crypto';
import { GLUTEUS_MINIMUS_PROTOCOL } from '@minimus/core';
import { passwordReset } from '../../src/db/schema/index.js';
import { hashToken, newSecretToken } from '../../src/services/secret-token.js';
import { TINY_JPEG_BASE64 } from '../support/jpeg.js';
import { TEST_PASSWORD, type TestApp } from '../support/test-app.js';

/** The records a request is aimed at: a patient, one of their alerts, a therapist and an invitation. */
export interface RouteTarget {
  patientId: string;
  alertId: string;
  therapistId: string;
  invitationToken: string;
  /** An exercise in the patient's plan on `SESSION_DATE`, for a session log that passes validation. */
  plannedExerciseId: string;
  /** A live password-reset link of an account of its own (using it ends only that account's sessions). */
  resetToken: string;
  /** A message of the patient's thread with a photo. */
  messageId: string;
}

/** The patient writes to their therapist with a photo; the message's id. */
export async function photoMessage(test: TestApp, patientId: string, cookie: string): Promise<string> {
  const response = await test.request(`/api/v1/patients/${patientId}/messages`, {
    cookie,
    body: { clientId: randomUUID(), text: 'A photo of the bruise', photo: TINY_JPEG_BASE64 },
  });
  return ((await response.json()) as { id: string }).id;
}

/** A therapist account of the patient's clinic with a live reset link, for the reset route's valid request. */
export async function passwordResetToken(test: TestApp, patientId: string): Promise<string> {
  const patient = await test.repos.patients.find(patientId);
  if (!patient) throw new Error('no such patient');
  const account = await test.repos.accounts.createUser({
    email: `${randomUUID()}@example.org`,
    name: 'Forgetful colleague',
    role: 'therapist',
    clinicId: patient.clinicId,
  });
  const token = newSecretToken();
  await test.deps.db.insert(passwordReset).values({
    tokenHash: hashToken(token),
    userId: account.id,
    expiresAt: new Date(Date.now() + 30 * 60_000),
  });
  return token;
}

/** A request that passes validation, so a refusal can only come from who is asking. */
export interface ValidRequest {
  path: string;
  body?: Record<string, unknown>;
}

const DATE = '2026-01-20';
/** The day before the fixture's red-flag screen, while the program still runs. */
export const SESSION_DATE = '2026-01-19';
const onPatient =
  (suffix: string, body?: () => Record<string, unknown>) =>
  (target: RouteTarget): ValidRequest => ({
    path: `/api/v1/patients/${target.patientId}${suffix}`,
    ...(body ? { body: body() } : {}),
  });
const fixed = (path: string) => (): ValidRequest => ({ path });
const dated = () => ({ clientId: randomUUID(), date: DATE });
/** Every item of a screen answered no: the falls screen and the check-in need all their answers. */
const allNo = (items: readonly { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, false]));

/**
 * One valid request for every route of the API, keyed as the router names it (`METHOD /path/:param`).
 * Bodies get fresh client ids each time, so a request is never a replay of an earlier one.
 */
export const VALID_REQUESTS: Record<string, (target: RouteTarget) => ValidRequest> = {
  'GET /api/v1/invitations/:token': (t) => ({ path: `/api/v1/invitations/${t.invitationToken}` }),
  'POST /api/v1/invitations/:token/accept': (t) => ({
    path: `/api/v1/invitations/${t.invitationToken}/accept`,
    body: { password: 'another password 1' },
  }),
  'GET /api/v1/setup': fixed('/api/v1/setup'),
  'POST /api/v1/setup': () => ({
    path: '/api/v1/setup',
    body: {
      clinicName: 'A second clinic',
      adminName: 'Someone',
      email: `${randomUUID()}@example.org`,
      password: 'another password 1',
    },
  }),
  'GET /api/v1/notifications/channels': fixed('/api/v1/notifications/channels'),
  'POST /api/v1/password-resets': () => ({
    path: '/api/v1/password-resets',
    body: { email: `${randomUUID()}@example.org` },
  }),
  'POST /api/v1/password-resets/:token': (t) => ({
    path: `/api/v1/password-resets/${t.resetToken}`,
    body: { password: 'a new long password 2' },
  }),
  'GET /api/v1/me/notifications': fixed('/api/v1/me/notifications'),
  'PUT /api/v1/me/notifications': () => ({
    path: '/api/v1/me/notifications',
    body: {
      reminderTime: '18:30',
      reminderPromptAnswered: true,
      digestHour: 8,
      timeZone: 'Europe/Madrid',
      weeklyNote: false,
      emailEnabled: true,
      pushEnabled: true,
    },
  }),
  'POST /api/v1/me/push-subscriptions': () => ({
    path: '/api/v1/me/push-subscriptions',
    body: {
      endpoint: `https://push.example/${randomUUID()}`,
      keys: { p256dh: 'p'.repeat(40), auth: 'a'.repeat(16) },
    },
  }),
  'DELETE /api/v1/me/push-subscriptions': () => ({
    path: '/api/v1/me/push-subscriptions',
    body: { endpoint: 'https://push.example/gone' },
  }),
  'GET /api/v1/admin/notifications': fixed('/api/v1/admin/notifications'),
  'GET /api/v1/me': fixed('/api/v1/me'),
  'GET /api/v1/me/two-factor': fixed('/api/v1/me/two-factor'),
  'POST /api/v1/me/two-factor': () => ({ path: '/api/v1/me/two-factor', body: { password: TEST_PASSWORD } }),
  'GET /api/v1/therapists': fixed('/api/v1/therapists'),
  'POST /api/v1/therapists': () => ({
    path: '/api/v1/therapists',
    body: { email: `${randomUUID()}@example.org`, name: 'New therapist' },
  }),
  'PATCH /api/v1/therapists/:therapistId': (t) => ({
    path: `/api/v1/therapists/${t.therapistId}`,
    body: { active: true },
  }),
  'POST /api/v1/patients/:patientId/invitations': onPatient('/invitations'),
  'GET /api/v1/patients': fixed('/api/v1/patients'),
  'POST /api/v1/patients': () => ({
    path: '/api/v1/patients',
    body: {
      name: 'New patient',
      email: `${randomUUID()}@example.org`,
      injuryDate: DATE,
      side: 'left',
      timeZone: 'UTC',
    },
  }),
  'GET /api/v1/patients/:patientId': onPatient(''),
  'PATCH /api/v1/patients/:patientId': onPatient('', () => ({ name: 'Renamed patient' })),
  'GET /api/v1/patients/:patientId/program': onPatient('/program'),
  'POST /api/v1/patients/:patientId/program/changes': onPatient('/program/changes', () => ({
    kind: 'rest-days',
    restDays: 4,
    reason: 'Slower start',
  })),
  'GET /api/v1/protocol': fixed('/api/v1/protocol'),
  'GET /api/v1/patients/:patientId/plan': onPatient(`/plan?date=${DATE}`),
  'GET /api/v1/patients/:patientId/plans': onPatient(`/plans?from=${DATE}&days=2`),
  'GET /api/v1/patients/:patientId/summary': onPatient('/summary'),
  'GET /api/v1/patients/:patientId/onboarding': onPatient('/onboarding'),
  'POST /api/v1/patients/:patientId/session-logs': (t) =>
    onPatient('/session-logs', () => ({
      clientId: randomUUID(),
      date: SESSION_DATE,
      baselinePain: 1,
      exercises: [
        {
          exerciseId: t.plannedExerciseId,
          sets: [{ reps: null, holdSeconds: 5, loadKg: 0 }],
          painScore: 1,
          stoppedEarly: false,
        },
      ],
    }))(t),
  'POST /api/v1/patients/:patientId/check-ins': onPatient('/check-ins', () => ({
    ...dated(),
    nextMorningPain: 1,
    worstPain24h: 2,
    walkingPain: 1,
  })),
  'POST /api/v1/patients/:patientId/screens/red-flag': onPatient('/screens/red-flag', () => ({
    ...dated(),
    answers: {},
  })),
  'POST /api/v1/patients/:patientId/screens/tendinopathy': onPatient('/screens/tendinopathy', () => ({
    ...dated(),
    answers: {},
  })),
  'POST /api/v1/patients/:patientId/screens/falls': onPatient('/screens/falls', () => ({
    ...dated(),
    answers: allNo(GLUTEUS_MINIMUS_PROTOCOL.screens.falls.items),
  })),
  'POST /api/v1/patients/:patientId/screens/maintenance-check-in': onPatient(
    '/screens/maintenance-check-in',
    () => ({ ...dated(), answers: allNo(GLUTEUS_MINIMUS_PROTOCOL.screens.maintenanceCheckIn.items) }),
  ),
  'POST /api/v1/patients/:patientId/psfs': onPatient('/psfs', () => ({
    ...dated(),
    activities: [{ name: 'Stairs', score: 5 }],
  })),
  'GET /api/v1/patients/:patientId/session-logs': onPatient('/session-logs'),
  'POST /api/v1/patients/:patientId/strength-tests': onPatient('/strength-tests', () => ({
    date: DATE,
    method: 'dynamometer',
    injuredSide: 100,
    uninjuredSide: 120,
    loadKg: null,
  })),
  'POST /api/v1/patients/:patientId/outcome-scores': onPatient('/outcome-scores', () => ({
    date: DATE,
    instrument: 'LEFS',
    total: 40,
  })),
  'GET /api/v1/alerts': fixed('/api/v1/alerts'),
  'GET /api/v1/patients/:patientId/alerts': onPatient('/alerts'),
  'POST /api/v1/alerts/:alertId/acknowledge': (t) => ({
    path: `/api/v1/alerts/${t.alertId}/acknowledge`,
    body: { note: 'Called the patient' },
  }),
  'GET /api/v1/audit': fixed('/api/v1/audit'),
  'GET /api/v1/patients/:patientId/exports/handout.pdf': onPatient('/exports/handout.pdf'),
  'GET /api/v1/patients/:patientId/exports/physician-summary.pdf': onPatient(
    '/exports/physician-summary.pdf',
  ),
  'GET /api/v1/patients/:patientId/exports/fhir': onPatient('/exports/fhir'),
  'POST /api/v1/patients/:patientId/calendar-feed': onPatient('/calendar-feed'),
  'DELETE /api/v1/patients/:patientId/calendar-feed': onPatient('/calendar-feed'),
  'GET /api/v1/reports/monitoring.csv': fixed('/api/v1/reports/monitoring.csv'),
  'GET /api/v1/reports/monitoring': fixed('/api/v1/reports/monitoring'),
  'GET /api/v1/patients/:patientId/reports/monitoring': onPatient('/reports/monitoring'),
  'GET /api/v1/patients/:patientId/reports/monitoring.csv': onPatient('/reports/monitoring.csv'),
  'GET /api/v1/patients/:patientId/calendar-feed': onPatient('/calendar-feed'),
  'GET /api/v1/patients/:patientId/outcome-scores': onPatient('/outcome-scores'),
  'GET /api/v1/patients/:patientId/messages': onPatient('/messages'),
  'POST /api/v1/patients/:patientId/messages': onPatient('/messages', () => ({
    clientId: randomUUID(),
    text: "I'm travelling next week",
  })),
  'POST /api/v1/patients/:patientId/messages/receipts': onPatient('/messages/receipts', () => ({
    state: 'read',
  })),
  'GET /api/v1/patients/:patientId/messages/:messageId/photo': (t) => ({
    path: `/api/v1/patients/${t.patientId}/messages/${t.messageId}/photo`,
  }),
  'GET /api/v1/patients/:patientId/contact-card': onPatient('/contact-card'),
  'GET /api/v1/therapists/:therapistId/contact-card': (t) => ({
    path: `/api/v1/therapists/${t.therapistId}/contact-card`,
  }),
  'PUT /api/v1/therapists/:therapistId/contact-card': (t) => ({
    path: `/api/v1/therapists/${t.therapistId}/contact-card`,
    body: { therapistName: 'Ana Ruiz', phone: '+34 910 000 000', hours: 'Monday to Friday, 9:00 to 17:00' },
  }),
};

const DOCUMENTATION = new Set([
  'GET /api/v1/openapi.json',
  'GET /api/v1/docs',
  'GET /api/v1/docs/assets/start.js',
  'GET /api/v1/docs/assets/:file',
]);

/** Every API route the app serves, as `METHOD /path/:param`, read from the router itself. */
export function apiRouteKeys(test: TestApp): string[] {
  const keys = test.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/v1/'))
    .map((route) => `${route.method} ${route.path}`);
  return [...new Set(keys)].filter((key) => !DOCUMENTATION.has(key));
}

/** Sends a route's request with a caller's cookie. */
export function sendRequest(test: TestApp, key: string, request: ValidRequest, cookie: string) {
  const [method = 'GET'] = key.split(' ');
  return test.request(request.path, {
    method,
    cookie,
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
}

/**
 * Ends the patient's rest phase with a calm check-in a week before `SESSION_DATE` (as their
 * therapist), then reads the first exercise of that day's plan.
 */
export async function plannedExercise(test: TestApp, patientId: string, cookie: string): Promise<string> {
  await test.request(`/api/v1/patients/${patientId}/check-ins`, {
    cookie,
    body: { clientId: randomUUID(), date: '2026-01-12', nextMorningPain: 1, worstPain24h: 1, walkingPain: 1 },
  });
  const response = await test.request(`/api/v1/patients/${patientId}/plan?date=${SESSION_DATE}`, { cookie });
  const plan = (await response.json()) as { exercises: { exerciseId: string }[] };
  return plan.exercises[0]?.exerciseId ?? '';
}
