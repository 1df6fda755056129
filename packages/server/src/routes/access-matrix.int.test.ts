import { randomUUID } from 'node:crypto';
import { GLUTEUS_MINIMUS_PROTOCOL } from '@minimus/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoMessage } from '../../test/reliability/route-requests.js';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { user } from '../db/schema/index.js';

/** The ids a case may aim at: everything belongs to clinic A and its patient P1. */
interface Target {
  patientId: string;
  alertId: string;
  therapistId: string;
  invitationToken: string;
  messageId: string;
}

interface Attempt {
  path: string;
  body?: unknown;
}

/** How to call a route against the target; `leaks` checks a list answer shows none of the target's data. */
interface Case {
  attempt: (target: Target) => Attempt;
  leaks?: (body: string, target: Target) => boolean;
  /** Public routes: the test only checks they reveal nothing of another clinic's caller. */
  public?: true;
}

const DATE = '2026-01-20';
const checkIn = () => ({
  clientId: randomUUID(),
  date: DATE,
  nextMorningPain: 1,
  worstPain24h: 2,
  walkingPain: 1,
});
/** Every item of a screen answered no: the falls screen and the check-in need all their answers. */
const allNo = (items: readonly { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, false]));

const onPatient = (suffix: string, body?: () => unknown): Case => ({
  attempt: (target) => ({
    path: `/api/v1/patients/${target.patientId}${suffix}`,
    ...(body ? { body: body() } : {}),
  }),
});
const mentions = (body: string, target: Target) =>
  body.includes(target.patientId) || body.includes(target.alertId);

/** Every route of the API with a way to aim it at another patient's or another clinic's data. */
const CASES: Record<string, Case> = {
  'GET /api/v1/invitations/:token': {
    public: true,
    attempt: (t) => ({ path: `/api/v1/invitations/${t.invitationToken}` }),
  },
  'POST /api/v1/invitations/:token/accept': {
    public: true,
    attempt: () => ({
      path: `/api/v1/invitations/${'x'.repeat(43)}/accept`,
      body: { password: 'another password 1' },
    }),
  },
  // First-run setup: closed once any account exists, so from any caller it creates nothing.
  'GET /api/v1/setup': { public: true, attempt: () => ({ path: '/api/v1/setup' }) },
  'POST /api/v1/setup': {
    public: true,
    attempt: () => ({
      path: '/api/v1/setup',
      body: {
        clinicName: 'Intruder Clinic',
        adminName: 'Intruder',
        email: 'intruder@example.org',
        password: 'another password 1',
      },
    }),
  },
  'GET /api/v1/patients/:patientId/onboarding': onPatient('/onboarding'),
  'GET /api/v1/me': { attempt: () => ({ path: '/api/v1/me' }), leaks: mentions },
  // The second factor acts only on the caller's own account: there is no one else to aim it at.
  'GET /api/v1/me/two-factor': { attempt: () => ({ path: '/api/v1/me/two-factor' }), leaks: mentions },
  'POST /api/v1/me/two-factor': {
    public: true,
    attempt: () => ({ path: '/api/v1/me/two-factor', body: { password: 'not their password' } }),
  },
  'GET /api/v1/therapists': {
    attempt: () => ({ path: '/api/v1/therapists' }),
    leaks: (body, t) => body.includes(t.therapistId),
  },
  // Creating answers 201 for staff of another clinic: the account lands in their clinic (checked at the end).
  'POST /api/v1/therapists': {
    leaks: () => false,
    attempt: () => ({
      path: '/api/v1/therapists',
      body: { email: `${randomUUID()}@example.org`, name: 'Intruder' },
    }),
  },
  'PATCH /api/v1/therapists/:therapistId': {
    attempt: (t) => ({ path: `/api/v1/therapists/${t.therapistId}`, body: { active: false } }),
  },
  'POST /api/v1/patients/:patientId/invitations': onPatient('/invitations'),
  'GET /api/v1/patients': { attempt: () => ({ path: '/api/v1/patients' }), leaks: mentions },
  'POST /api/v1/patients': {
    leaks: () => false,
    attempt: () => ({
      path: '/api/v1/patients',
      body: {
        name: 'X',
        email: `${randomUUID()}@example.org`,
        injuryDate: DATE,
        side: 'left',
        timeZone: 'UTC',
      },
    }),
  },
  'GET /api/v1/patients/:patientId': onPatient(''),
  'PATCH /api/v1/patients/:patientId': onPatient('', () => ({ name: 'Renamed' })),
  'GET /api/v1/patients/:patientId/program': onPatient('/program'),
  'POST /api/v1/patients/:patientId/program/changes': onPatient('/program/changes', () => ({
    kind: 'rest-days',
    restDays: 4,
    reason: 'Trying to change it',
  })),
  'GET /api/v1/protocol': { attempt: () => ({ path: '/api/v1/protocol' }), leaks: mentions },
  'GET /api/v1/patients/:patientId/plan': onPatient(`/plan?date=${DATE}`),
  'GET /api/v1/patients/:patientId/plans': onPatient(`/plans?from=${DATE}&days=2`),
  'GET /api/v1/patients/:patientId/summary': onPatient('/summary'),
  'POST /api/v1/patients/:patientId/session-logs': onPatient('/session-logs', () => ({
    clientId: randomUUID(),
    date: DATE,
    baselinePain: 1,
    exercises: [
      {
        exerciseId: 'sidelying-isometric-abduction',
        sets: [{ reps: null, holdSeconds: 5, loadKg: 0 }],
        painScore: 1,
        stoppedEarly: false,
      },
    ],
  })),
  'POST /api/v1/patients/:patientId/check-ins': onPatient('/check-ins', checkIn),
  'POST /api/v1/patients/:patientId/screens/red-flag': onPatient('/screens/red-flag', () => ({
    clientId: randomUUID(),
    date: DATE,
    answers: {},
  })),
  'POST /api/v1/patients/:patientId/screens/tendinopathy': onPatient('/screens/tendinopathy', () => ({
    clientId: randomUUID(),
    date: DATE,
    answers: {},
  })),
  'POST /api/v1/patients/:patientId/screens/falls': onPatient('/screens/falls', () => ({
    clientId: randomUUID(),
    date: DATE,
    answers: allNo(GLUTEUS_MINIMUS_PROTOCOL.screens.falls.items),
  })),
  'POST /api/v1/patients/:patientId/screens/maintenance-check-in': onPatient(
    '/screens/maintenance-check-in',
    () => ({
      clientId: randomUUID(),
      date: DATE,
      answers: allNo(GLUTEUS_MINIMUS_PROTOCOL.screens.maintenanceCheckIn.items),
    }),
  ),
  'POST /api/v1/patients/:patientId/psfs': onPatient('/psfs', () => ({
    clientId: randomUUID(),
    date: DATE,
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
  'GET /api/v1/alerts': { attempt: () => ({ path: '/api/v1/alerts' }), leaks: mentions },
  'GET /api/v1/patients/:patientId/alerts': onPatient('/alerts'),
  'POST /api/v1/alerts/:alertId/acknowledge': {
    attempt: (t) => ({ path: `/api/v1/alerts/${t.alertId}/acknowledge`, body: { note: 'not mine' } }),
  },
  // Denied attempts are audited in the caller's clinic with the id they tried; clinic A's own rows must not show.
  'GET /api/v1/audit': {
    attempt: () => ({ path: '/api/v1/audit' }),
    leaks: (body, t) => body.includes(t.therapistId),
  },
  'GET /api/v1/patients/:patientId/exports/handout.pdf': onPatient('/exports/handout.pdf'),
  'GET /api/v1/patients/:patientId/exports/physician-summary.pdf': onPatient(
    '/exports/physician-summary.pdf',
  ),
  'GET /api/v1/patients/:patientId/exports/fhir': onPatient('/exports/fhir'),
  'POST /api/v1/patients/:patientId/calendar-feed': onPatient('/calendar-feed'),
  'GET /api/v1/patients/:patientId/calendar-feed': onPatient('/calendar-feed'),
  'DELETE /api/v1/patients/:patientId/calendar-feed': onPatient('/calendar-feed'),
  'GET /api/v1/patients/:patientId/outcome-scores': onPatient('/outcome-scores'),
  'GET /api/v1/patients/:patientId/reports/monitoring': onPatient('/reports/monitoring'),
  'GET /api/v1/patients/:patientId/reports/monitoring.csv': onPatient('/reports/monitoring.csv'),
  'GET /api/v1/reports/monitoring': {
    attempt: () => ({ path: '/api/v1/reports/monitoring' }),
    leaks: (body) => body.includes('Patient One'),
  },
  'GET /api/v1/notifications/channels': {
    public: true,
    attempt: () => ({ path: '/api/v1/notifications/channels' }),
  },
  'POST /api/v1/password-resets': {
    public: true,
    attempt: () => ({ path: '/api/v1/password-resets', body: { email: 'someone@example.org' } }),
  },
  'POST /api/v1/password-resets/:token': {
    public: true,
    attempt: () => ({
      path: `/api/v1/password-resets/${'x'.repeat(43)}`,
      body: { password: 'a new long password' },
    }),
  },
  // The caller's own preferences and devices: nothing of the target's can show.
  'GET /api/v1/me/notifications': { attempt: () => ({ path: '/api/v1/me/notifications' }), leaks: mentions },
  'PUT /api/v1/me/notifications': {
    attempt: () => ({
      path: '/api/v1/me/notifications',
      body: {
        reminderTime: null,
        reminderPromptAnswered: true,
        digestHour: 8,
        timeZone: 'UTC',
        weeklyNote: false,
        emailEnabled: true,
        pushEnabled: true,
      },
    }),
    leaks: mentions,
  },
  'POST /api/v1/me/push-subscriptions': {
    attempt: () => ({
      path: '/api/v1/me/push-subscriptions',
      body: { endpoint: 'https://push.example/abc', keys: { p256dh: 'p'.repeat(40), auth: 'a'.repeat(16) } },
    }),
    leaks: mentions,
  },
  'DELETE /api/v1/me/push-subscriptions': {
    attempt: () => ({
      path: '/api/v1/me/push-subscriptions',
      body: { endpoint: 'https://push.example/abc' },
    }),
    leaks: mentions,
  },
  'GET /api/v1/admin/notifications': {
    attempt: () => ({ path: '/api/v1/admin/notifications' }),
    leaks: (body, t) => mentions(body, t) || body.includes(t.therapistId),
  },
  'GET /api/v1/reports/monitoring.csv': {
    attempt: () => ({ path: '/api/v1/reports/monitoring.csv' }),
    leaks: (body) => body.includes('Patient One'),
  },
  'GET /api/v1/patients/:patientId/messages': onPatient('/messages'),
  'POST /api/v1/patients/:patientId/messages': onPatient('/messages', () => ({
    clientId: randomUUID(),
    text: 'Not my thread',
  })),
  'POST /api/v1/patients/:patientId/messages/receipts': onPatient('/messages/receipts', () => ({
    state: 'read',
  })),
  'GET /api/v1/patients/:patientId/messages/:messageId/photo': {
    attempt: (t) => ({ path: `/api/v1/patients/${t.patientId}/messages/${t.messageId}/photo` }),
  },
  'GET /api/v1/patients/:patientId/contact-card': onPatient('/contact-card'),
  'GET /api/v1/therapists/:therapistId/contact-card': {
    attempt: (t) => ({ path: `/api/v1/therapists/${t.therapistId}/contact-card` }),
  },
  'PUT /api/v1/therapists/:therapistId/contact-card': {
    attempt: (t) => ({
      path: `/api/v1/therapists/${t.therapistId}/contact-card`,
      body: { therapistName: 'Intruder', phone: '000 000', hours: 'Never' },
    }),
  },
};

const DOCUMENTATION = new Set([
  'GET /api/v1/openapi.json',
  'GET /api/v1/docs',
  'GET /api/v1/docs/assets/start.js',
  'GET /api/v1/docs/assets/:file',
]);

function apiRoutes(test: TestApp): string[] {
  const keys = test.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/api/v1/'))
    .map((route) => `${route.method} ${route.path}`);
  return [...new Set(keys)].filter((key) => !DOCUMENTATION.has(key));
}

describe.each(testDatabaseKinds())('access to another patient and another clinic on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinicA: Clinic;
  let clinicB: Clinic;
  let target: Target;
  let otherPatient: { cookie: string };

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinicA = await buildClinic(test);
    clinicB = await buildClinic(test);
    const p1 = await buildPatient(test, clinicA, { name: 'Patient One' });
    otherPatient = await buildPatient(test, clinicA, { name: 'Patient Two' });
    await buildPatient(test, clinicB, { name: 'Patient Three' });
    await test.request(`/api/v1/patients/${p1.id}/screens/red-flag`, {
      cookie: p1.cookie,
      body: {
        clientId: randomUUID(),
        date: DATE,
        answers: { [await firstRedFlagItem(test, p1.cookie)]: true },
      },
    });
    const alerts = (await (
      await test.request(`/api/v1/patients/${p1.id}/alerts`, { cookie: clinicA.therapist.cookie })
    ).json()) as { id: string }[];
    const invitation = await test.request(`/api/v1/patients/${p1.id}/invitations`, {
      method: 'POST',
      cookie: clinicA.therapist.cookie,
    });
    const { url } = (await invitation.json()) as { url: string };
    target = {
      patientId: p1.id,
      alertId: alerts[0]?.id ?? '',
      therapistId: clinicA.therapist.id,
      invitationToken: url.split('/').at(-1) ?? '',
      messageId: await photoMessage(test, p1.id, p1.cookie),
    };
  });
  afterAll(async () => test.testDatabase.dispose());

  it('has a red-flag alert to aim at', () => {
    expect(target.alertId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has an access case for every API route', () => {
    expect(apiRoutes(test).filter((key) => !(key in CASES))).toEqual([]);
  });

  const callers = [
    { who: "another clinic's therapist", cookie: () => clinicB.therapist.cookie },
    { who: "another clinic's admin", cookie: () => clinicB.admin.cookie },
    { who: 'another patient of the same clinic', cookie: () => otherPatient.cookie },
  ];

  describe.each(callers)('as $who', ({ cookie }) => {
    it.each(Object.entries(CASES))('%s reveals and changes nothing', async (key, routeCase) => {
      const [method = 'GET'] = key.split(' ');
      const attempt = routeCase.attempt(target);
      const response = await test.request(attempt.path, {
        method,
        cookie: cookie(),
        ...(attempt.body !== undefined ? { body: attempt.body } : {}),
      });
      const body = await response.text();
      if (routeCase.public) {
        expect(body).not.toContain(target.patientId);
      } else if (routeCase.leaks && response.ok) {
        expect(routeCase.leaks(body, target)).toBe(false);
      } else {
        expect([403, 404]).toContain(response.status);
      }
    });
  });

  it("leaves the target's data as it was", async () => {
    const program = await test.request(`/api/v1/patients/${target.patientId}/program`, {
      cookie: clinicA.therapist.cookie,
    });
    // Version 1 as created, version 2 the therapist's confirmation (CLINICAL 1); no intruder added one.
    expect(((await program.json()) as { version: number }).version).toBe(2);
    const history = await test.repos.history.load(target.patientId);
    expect([
      history.checkIns.length,
      history.sessionLogs.length,
      history.psfs.length,
      history.strengthTests.length,
    ]).toEqual([0, 0, 0, 0]);
    const alert = await test.repos.alerts.find(target.alertId);
    expect(alert?.status).toBe('open');
    expect((await test.repos.accounts.findUser(target.therapistId))?.active).toBe(true);
    const patients = await test.repos.patients.listByClinic(clinicA.clinic.id, undefined);
    expect(patients.map((patient) => patient.name)).toEqual(['Patient One', 'Patient Two']);
    const intruders = await test.deps.db
      .select({ id: user.id })
      .from(user)
      .where(and(eq(user.clinicId, clinicA.clinic.id), eq(user.name, 'Intruder')));
    expect(intruders).toEqual([]);
    const thread = await test.repos.messages.thread(target.patientId);
    expect(thread.map((message) => [message.authorRole, message.readAt])).toEqual([['patient', null]]);
    expect(await test.repos.messages.contactCard(target.therapistId)).toBeNull();
  });
});

async function firstRedFlagItem(test: TestApp, cookie: string): Promise<string> {
  const protocol = (await (await test.request('/api/v1/protocol', { cookie })).json()) as {
    screens: { redFlag: { items: { id: string }[] } };
  };
  return protocol.screens.redFlag.items[0]?.id ?? '';
}
