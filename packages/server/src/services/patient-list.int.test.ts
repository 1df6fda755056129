import { randomUUID } from 'node:crypto';
import { addDays } from '@minimus/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFromScratch } from '../../test/support/attention-reference.js';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import type { PatientListItem, PatientListPage } from './patient-list.js';
import { refreshAllStaleAttention, refreshStaleAttention } from './patient-list.js';
import { todayIn } from './plans.js';

const ZONE = 'Europe/Madrid';

interface PlanView {
  date: string;
  phase: number;
  exercises: {
    exerciseId: string;
    prescription: { sets: number; reps: number | null; holdSeconds: number | null; loadKg: number };
  }[];
}

/** The items numbered again from 1, as a filtered or searched list numbers them. */
const ranked = (items: readonly PatientListItem[]) =>
  items.map((item, index) => ({ ...item, attention: { ...item.attention, rank: index + 1 } }));

describe.each(testDatabaseKinds())('the attention snapshot list on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;
  let patients: Awaited<ReturnType<typeof buildPatient>>[];
  const today = () => todayIn(ZONE);

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
    const injuryDate = addDays(todayIn(ZONE), -20);
    patients = [];
    for (const name of ['Ana Ruiz', 'bruno Díaz', 'Carla Vidal', 'Dario Ortega']) {
      patients.push(await buildPatient(test, clinic, { name, injuryDate, timeZone: ZONE }));
    }
  });
  afterAll(async () => test.testDatabase.dispose());

  const list = async (query = ''): Promise<PatientListPage> => {
    const response = await test.request(`/api/v1/patients?${query || 'limit=200'}`, {
      cookie: clinic.therapist.cookie,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as PatientListPage;
  };
  const scratch = () => listFromScratch(test.repos, clinic.clinic.id, new Date());
  const patient = (index: number) => {
    const found = patients[index];
    if (!found) throw new Error(`no patient ${index}`);
    return found;
  };
  const post = async (path: string, body: unknown, cookie: string) => {
    const response = await test.request(path, { cookie, body });
    expect(response.status, await response.clone().text()).toBeLessThan(300);
  };

  it('equals the list computed from scratch before any write', async () => {
    expect((await list()).items).toEqual(await scratch());
  });

  const writes: [string, () => Promise<void>][] = [
    [
      'a check-in',
      () =>
        post(
          `/api/v1/patients/${patient(0).id}/check-ins`,
          { clientId: randomUUID(), date: today(), nextMorningPain: 2, worstPain24h: 3, walkingPain: 1 },
          patient(0).cookie,
        ),
    ],
    [
      'a check-in with morning pain far above the session day',
      () =>
        post(
          `/api/v1/patients/${patient(1).id}/check-ins`,
          { clientId: randomUUID(), date: today(), nextMorningPain: 9, worstPain24h: 9, walkingPain: 8 },
          patient(1).cookie,
        ),
    ],
    [
      'a red-flag screen with a yes',
      async () => {
        const protocol = (await (
          await test.request('/api/v1/protocol', { cookie: patient(2).cookie })
        ).json()) as {
          screens: { redFlag: { items: { id: string }[] } };
        };
        const item = protocol.screens.redFlag.items[0]?.id ?? '';
        await post(
          `/api/v1/patients/${patient(2).id}/screens/red-flag`,
          { clientId: randomUUID(), date: today(), answers: { [item]: true } },
          patient(2).cookie,
        );
      },
    ],
    [
      'a tendinopathy screen',
      () =>
        post(
          `/api/v1/patients/${patient(3).id}/screens/tendinopathy`,
          { clientId: randomUUID(), date: today(), answers: {} },
          patient(3).cookie,
        ),
    ],
    [
      'a PSFS entry',
      () =>
        post(
          `/api/v1/patients/${patient(3).id}/psfs`,
          { clientId: randomUUID(), date: today(), activities: [{ name: 'Stairs', score: 4 }] },
          patient(3).cookie,
        ),
    ],
    [
      'a program change to phase 3 (a choice of exercises to wait for)',
      () =>
        post(
          `/api/v1/patients/${patient(3).id}/program/changes`,
          { kind: 'phase-override', phase: 3, reason: 'Ready for return-to-strength work' },
          clinic.therapist.cookie,
        ),
    ],
    [
      'a strength test',
      () =>
        post(
          `/api/v1/patients/${patient(0).id}/strength-tests`,
          { date: today(), method: 'dynamometer', injuredSide: 100, uninjuredSide: 120, loadKg: null },
          clinic.therapist.cookie,
        ),
    ],
    [
      'an outcome score',
      () =>
        post(
          `/api/v1/patients/${patient(0).id}/outcome-scores`,
          { date: today(), instrument: 'LEFS', total: 40 },
          clinic.therapist.cookie,
        ),
    ],
    [
      'an acknowledged alert',
      async () => {
        const alerts = (await (
          await test.request(`/api/v1/patients/${patient(2).id}/alerts`, { cookie: clinic.therapist.cookie })
        ).json()) as { id: string; status: string }[];
        const open = alerts.find((alert) => alert.status === 'open');
        if (!open) throw new Error('no open red-flag alert to acknowledge');
        await post(
          `/api/v1/alerts/${open.id}/acknowledge`,
          { note: 'Confirmed on the phone' },
          clinic.therapist.cookie,
        );
      },
    ],
    [
      'a renamed patient',
      async () => {
        const response = await test.request(`/api/v1/patients/${patient(1).id}`, {
          method: 'PATCH',
          cookie: clinic.therapist.cookie,
          body: { name: 'Aaron Blanco' },
        });
        expect(response.status).toBe(200);
      },
    ],
    [
      'a session log',
      async () => {
        const plan = (await (
          await test.request(`/api/v1/patients/${patient(0).id}/plan`, { cookie: patient(0).cookie })
        ).json()) as PlanView;
        const [exercise] = plan.exercises;
        if (!exercise) throw new Error(`no exercise planned today in phase ${plan.phase}`);
        const { sets, reps, holdSeconds, loadKg } = exercise.prescription;
        await post(
          `/api/v1/patients/${patient(0).id}/session-logs`,
          {
            clientId: randomUUID(),
            date: plan.date,
            baselinePain: 2,
            exercises: [
              {
                exerciseId: exercise.exerciseId,
                sets: Array.from({ length: sets }, () => ({ reps, holdSeconds, loadKg })),
                painScore: 2,
                stoppedEarly: false,
              },
            ],
          },
          patient(0).cookie,
        );
      },
    ],
    [
      'a move to another time zone',
      async () => {
        const response = await test.request(`/api/v1/patients/${patient(3).id}`, {
          method: 'PATCH',
          cookie: clinic.therapist.cookie,
          body: { timeZone: 'Pacific/Auckland' },
        });
        expect(response.status).toBe(200);
      },
    ],
  ];

  it.each(writes)('equals the list computed from scratch after %s', async (_, write) => {
    await write();
    expect((await list()).items).toEqual(await scratch());
  });

  it('pages, filters and searches the same order', async () => {
    const full = await scratch();
    const pages: PatientListItem[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: PatientListPage = await list(`limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      pages.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(pages).toEqual(full);
    const codes = full.flatMap((item) => item.attention.reasons.map((reason) => reason.code));
    expect(codes).toEqual(
      expect.arrayContaining(['program-suspended', 'awaiting-sign-off', 'low-adherence']),
    );
    expect((await list('filter=suspended')).items).toEqual(
      ranked(full.filter((item) => item.status === 'suspended')),
    );
    expect((await list('filter=attention')).items).toEqual(
      ranked(full.filter((item) => item.attention.reasons.length > 0)),
    );
    expect((await list('query=VIDAL')).items).toEqual(
      ranked(full.filter((item) => item.name === 'Carla Vidal')),
    );
  });

  it('refuses a cursor it did not give out', async () => {
    const response = await test.request('/api/v1/patients?cursor=bm90LWEtY3Vyc29y', {
      cookie: clinic.therapist.cookie,
    });
    expect(response.status).toBe(400);
  });

  it('notices data written behind its back and recomputes that patient', async () => {
    await test.deps.db.execute(sql`
      insert into check_in (patient_id, client_id, date, next_morning_pain, worst_pain_24h, walking_pain)
      values (${patient(0).id}, ${randomUUID()}, ${today()}, 1, 1, 1)`);
    expect((await list()).items).toEqual(await scratch());
  });

  it('recomputes snapshots whose horizon has passed, days later', async () => {
    const later = new Date(Date.now() + 12 * 86_400_000);
    const ids = patients.map((item) => item.id).sort();
    expect((await test.repos.attention.due(clinic.clinic.id, later)).sort()).toEqual(ids);
    expect(await refreshStaleAttention(test.repos, clinic.clinic.id, later)).toBe(patients.length);
    expect(await test.repos.attention.due(clinic.clinic.id, later)).toEqual([]);
    const rows = await test.repos.attention.page(clinic.clinic.id, { filter: 'all', limit: 200 });
    const expected = await listFromScratch(test.repos, clinic.clinic.id, later);
    expect(rows.map((row) => [row.id, row.rank, row.day.reasons])).toEqual(
      expected.map((item) => [item.id, item.attention.rank, item.attention.reasons]),
    );
    expect(expected.some((item) => item.attention.reasons.some((reason) => reason.code === 'no-data'))).toBe(
      true,
    );
  });

  it('brings every clinic up to date at once, as a starting server does', async () => {
    const later = new Date(Date.now() + 30 * 86_400_000);
    const other = await buildClinic(test);
    await buildPatient(test, other, { name: 'Elena Soto', injuryDate: today(), timeZone: ZONE });
    const due = (await test.repos.attention.due(clinic.clinic.id, later)).length;
    expect(due).toBe(patients.length);
    expect(await refreshAllStaleAttention(test.repos, later)).toBeGreaterThanOrEqual(due + 1);
    expect(await test.repos.attention.due(clinic.clinic.id, later)).toEqual([]);
    expect(await test.repos.attention.due(other.clinic.id, later)).toEqual([]);
  });

  it('marks a patient who has not used the invitation yet, and only them', async () => {
    const created = await test.request('/api/v1/patients', {
      cookie: clinic.therapist.cookie,
      body: {
        name: 'Eva Pending',
        email: `eva-${kind}@example.org`,
        injuryDate: today(),
        side: 'left',
        timeZone: ZONE,
      },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const items = (await list()).items;
    expect(items.filter((item) => item.invitationUnused).map((item) => item.id)).toEqual([id]);
    expect(items.find((item) => item.id === id)?.name).toBe('Eva Pending');
  });
});
