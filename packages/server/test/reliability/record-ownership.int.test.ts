import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOn, buildClinic, buildPatient, type Clinic, type TestApp } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../support/test-database.js';
import { ownershipProblems, recordOwners } from './record-owners.js';
import {
  apiRouteKeys,
  passwordResetToken,
  photoMessage,
  plannedExercise,
  type RouteTarget,
  SESSION_DATE,
  sendRequest,
  VALID_REQUESTS,
  type ValidRequest,
} from './route-requests.js';

type Caller = 'patient' | 'therapist' | 'admin' | 'anonymous';

/** Who makes each write when it is allowed; a write route missing here fails the test. */
const WRITERS: Record<string, readonly Caller[]> = {
  'POST /api/v1/invitations/:token/accept': ['anonymous'],
  'POST /api/v1/setup': ['anonymous'],
  'POST /api/v1/me/two-factor': ['therapist'],
  'POST /api/v1/therapists': ['admin'],
  'PATCH /api/v1/therapists/:therapistId': ['admin'],
  'POST /api/v1/patients/:patientId/invitations': ['therapist'],
  'POST /api/v1/patients': ['therapist'],
  'PATCH /api/v1/patients/:patientId': ['therapist'],
  'POST /api/v1/patients/:patientId/program/changes': ['therapist'],
  'POST /api/v1/patients/:patientId/session-logs': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/check-ins': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/screens/red-flag': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/screens/tendinopathy': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/screens/falls': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/screens/maintenance-check-in': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/psfs': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/strength-tests': ['therapist'],
  'POST /api/v1/patients/:patientId/outcome-scores': ['therapist'],
  'POST /api/v1/alerts/:alertId/acknowledge': ['therapist'],
  'POST /api/v1/patients/:patientId/calendar-feed': ['patient', 'therapist'],
  'DELETE /api/v1/patients/:patientId/calendar-feed': ['patient', 'therapist'],
  'POST /api/v1/password-resets': ['anonymous'],
  'POST /api/v1/password-resets/:token': ['anonymous'],
  'PUT /api/v1/me/notifications': ['patient', 'therapist', 'admin'],
  'POST /api/v1/me/push-subscriptions': ['patient', 'therapist', 'admin'],
  'DELETE /api/v1/me/push-subscriptions': ['patient', 'therapist', 'admin'],
  'POST /api/v1/patients/:patientId/messages': ['patient', 'therapist'],
  'POST /api/v1/patients/:patientId/messages/receipts': ['patient', 'therapist'],
  'PUT /api/v1/therapists/:therapistId/contact-card': ['admin'],
};

/** Writes only an installation with no account takes (setup.int.test.ts shows them succeed there). */
const FIRST_RUN_ONLY = new Set(['POST /api/v1/setup']);

/** Another patient's and another clinic's ids, and the client ids of records stored for them. */
interface Foreign {
  ids: string[];
  /** Field names a body might use to aim at another owner, each with a value that would. */
  fields: [string, string][];
  clientIds: string[];
  /** Path parameters to swap for another owner's, by caller. */
  paths: Record<'patient' | 'staff', Record<string, string>>;
}

async function firstRedFlagItem(test: TestApp, cookie: string): Promise<string> {
  const response = await test.request('/api/v1/protocol', { cookie });
  const protocol = (await response.json()) as { screens: { redFlag: { items: { id: string }[] } } };
  return protocol.screens.redFlag.items[0]?.id ?? '';
}

/** Records for a patient from their phone: a check-in, a PSFS, a red-flag screen and a session log. */
async function storeRecords(test: TestApp, patient: { id: string; cookie: string }, staff: Clinic) {
  const exerciseId = await plannedExercise(test, patient.id, staff.therapist.cookie);
  const clientIds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const path = (suffix: string) => `/api/v1/patients/${patient.id}${suffix}`;
  const post = (suffix: string, body: Record<string, unknown>) =>
    test.request(path(suffix), { cookie: patient.cookie, body });
  const checkIn = await post('/check-ins', {
    clientId: clientIds[0],
    date: '2026-01-13',
    nextMorningPain: 1,
    worstPain24h: 1,
    walkingPain: 1,
  });
  await post('/psfs', {
    clientId: clientIds[1],
    date: '2026-01-13',
    activities: [{ name: 'Stairs', score: 4 }],
  });
  const set = { reps: null, holdSeconds: 5, loadKg: 0 };
  await post('/session-logs', {
    clientId: clientIds[2],
    date: SESSION_DATE,
    baselinePain: 1,
    exercises: [{ exerciseId, sets: [set], painScore: 1, stoppedEarly: false }],
  });
  const item = await firstRedFlagItem(test, patient.cookie);
  await post('/screens/red-flag', { clientId: clientIds[3], date: '2026-01-20', answers: { [item]: true } });
  const alerts = await test.request(path('/alerts'), { cookie: staff.therapist.cookie });
  const [alert] = (await alerts.json()) as { id: string }[];
  const { id: checkInId } = (await checkIn.json()) as { id: string };
  return { clientIds, alertId: alert?.id ?? '', checkInId, exerciseId };
}

function withField(request: ValidRequest, field: string, value: string): ValidRequest {
  return { ...request, body: { ...request.body, [field]: value } };
}

/** The same request aimed, through its path, at another owner's record. */
function withForeignPath(
  key: string,
  request: ValidRequest,
  target: RouteTarget,
  swap: Record<string, string>,
) {
  const params = [...key.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
  let path = request.path;
  for (const param of params) {
    const mine = target[param as keyof RouteTarget];
    const theirs = swap[param];
    if (theirs && mine) path = path.replace(mine, theirs);
  }
  return path === request.path ? null : { ...request, path };
}

describe.each(testDatabaseKinds())(
  'a write cannot move a record to another patient or clinic, on %s',
  (kind) => {
    let testDatabase: TestDatabase;
    let test: TestApp;
    let cookies: Record<Caller, string>;
    let target: RouteTarget;
    let foreign: Foreign;

    beforeAll(async () => {
      testDatabase = await openTestDatabase(kind);
      test = await appOn(testDatabase.database);
      const [clinic, other] = [await buildClinic(test), await buildClinic(test)];
      const mine = await buildPatient(test, clinic);
      const [neighbour, stranger] = [await buildPatient(test, clinic), await buildPatient(test, other)];
      const ours = await storeRecords(test, mine, clinic);
      const theirs = [await storeRecords(test, neighbour, clinic), await storeRecords(test, stranger, other)];
      const invited = await test.request('/api/v1/patients', {
        cookie: clinic.therapist.cookie,
        body: {
          name: 'Invited',
          email: `${randomUUID()}@example.org`,
          injuryDate: '2026-01-05',
          side: 'left',
          timeZone: 'UTC',
        },
      });
      const invitedId = ((await invited.json()) as { id: string }).id;
      const invitation = await test.request(`/api/v1/patients/${invitedId}/invitations`, {
        method: 'POST',
        cookie: clinic.therapist.cookie,
      });
      const colleague = await test.request('/api/v1/therapists', {
        cookie: clinic.admin.cookie,
        body: { email: `${randomUUID()}@example.org`, name: 'Colleague' },
      });
      cookies = {
        patient: mine.cookie,
        therapist: clinic.therapist.cookie,
        admin: clinic.admin.cookie,
        anonymous: '',
      };
      target = {
        patientId: mine.id,
        alertId: ours.alertId,
        therapistId: ((await colleague.json()) as { id: string }).id,
        invitationToken: ((await invitation.json()) as { url: string }).url.split('/').at(-1) ?? '',
        plannedExerciseId: ours.exerciseId,
        resetToken: await passwordResetToken(test, mine.id),
        messageId: await photoMessage(test, mine.id, mine.cookie),
      };
      const users = await Promise.all([neighbour.id, stranger.id].map((id) => test.repos.patients.find(id)));
      const strangerRecords = theirs[1];
      foreign = {
        ids: [
          neighbour.id,
          stranger.id,
          other.clinic.id,
          other.therapist.id,
          other.admin.id,
          ...users.map((row) => row?.userId ?? 'missing'),
        ],
        fields: [
          ['patientId', neighbour.id],
          ['patientId', stranger.id],
          ['patient_id', stranger.id],
          ['clinicId', other.clinic.id],
          ['clinic_id', other.clinic.id],
          ['therapistId', other.therapist.id],
          ['authorId', other.therapist.id],
          ['userId', users[1]?.userId ?? 'missing'],
          ['id', strangerRecords?.checkInId ?? 'missing'],
          ['alertId', strangerRecords?.alertId ?? 'missing'],
        ],
        clientIds: theirs.flatMap((records) => records.clientIds),
        paths: {
          patient: { patientId: neighbour.id },
          staff: {
            patientId: stranger.id,
            alertId: strangerRecords?.alertId ?? 'missing',
            therapistId: other.therapist.id,
          },
        },
      };
    });
    afterAll(async () => testDatabase.dispose());

    it('knows who makes every write route the router serves', () => {
      const writes = apiRouteKeys(test).filter((key) => !key.startsWith('GET '));
      expect(writes.filter((key) => !(key in WRITERS))).toEqual([]);
      expect(foreign.clientIds).toHaveLength(8);
      expect(target.alertId).toMatch(/^[0-9a-f-]{36}$/);
    });

    /** Sends one attempt and checks it moved, touched or created nothing of another owner. */
    async function attempt(key: string, caller: Caller, request: ValidRequest, what: string) {
      const before = await recordOwners(test.deps.db);
      const response = await sendRequest(test, key, request, cookies[caller]);
      const body = await response.text();
      const label = `${caller} ${key} ${what} -> ${response.status} ${body.slice(0, 300)}`;
      expect(response.status, label).toBeLessThan(500);
      expect(ownershipProblems(before, await recordOwners(test.deps.db), foreign.ids), label).toEqual([]);
      for (const id of foreign.ids) expect(body, label).not.toContain(id);
      return response.status;
    }

    it.each(Object.entries(WRITERS))('%s keeps every record with its owner', async (key, callers) => {
      const make = VALID_REQUESTS[key];
      if (!make) throw new Error(`no valid request for ${key}`);
      for (const caller of callers) {
        const swap = caller === 'patient' ? foreign.paths.patient : foreign.paths.staff;
        const aimed = withForeignPath(key, make(target), target, swap);
        if (aimed) expect([403, 404]).toContain(await attempt(key, caller, aimed, `at ${aimed.path}`));
        const body = make(target).body;
        for (const [field, value] of body ? foreign.fields : [])
          await attempt(key, caller, withField(make(target), field, value), `with ${field}=${value}`);
        for (const clientId of body?.clientId ? foreign.clientIds : [])
          await attempt(key, caller, withField(make(target), 'clientId', clientId), `replaying ${clientId}`);
        // The request itself is valid: what was refused above was refused for the other owner's id.
        // First-run setup is the exception: valid, and closed once any account exists (409).
        const status = await attempt(key, caller, make(target), 'as is');
        if (FIRST_RUN_ONLY.has(key)) expect(status).toBe(409);
        else expect(status).toBeLessThan(400);
      }
    });
  },
);
