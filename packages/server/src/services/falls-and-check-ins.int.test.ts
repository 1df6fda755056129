import { randomUUID } from 'node:crypto';
import { addDays, GLUTEUS_MINIMUS_PROTOCOL } from '@minimus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { todayIn } from './plans.js';

const ZONE = 'Europe/Madrid';
const { falls, maintenanceCheckIn } = GLUTEUS_MINIMUS_PROTOCOL.screens;

/** The falls checklist with the given statements answered yes and the rest no. */
const fallsAnswers = (yes: readonly string[]) =>
  Object.fromEntries(falls.items.map((item) => [item.id, yes.includes(item.id)]));
const POSITIVE = ['fallen-past-year', 'worried-about-falling', 'push-to-stand'];

interface AlertBody {
  key: string;
  kind: string;
  ruleId: string;
  date: string;
  therapistMessage: { en: string };
}

describe.each(testDatabaseKinds())('falls screen and check-ins after discharge on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  const today = () => todayIn(ZONE);
  const post = (patientId: string, cookie: string, path: string, body: unknown) =>
    test.request(`/api/v1/patients/${patientId}/${path}`, { cookie, body });
  const alertsOf = async (patientId: string) =>
    (await (
      await test.request(`/api/v1/patients/${patientId}/alerts`, { cookie: clinic.therapist.cookie })
    ).json()) as AlertBody[];

  it('stores a falls screen once per clientId, audits it, and tells the therapist of a positive one', async () => {
    const patient = await buildPatient(test, clinic, { injuryDate: addDays(today(), -10) });
    const body = { clientId: randomUUID(), date: today(), answers: fallsAnswers(POSITIVE) };
    const first = await post(patient.id, patient.cookie, 'screens/falls', body);
    const replay = await post(patient.id, patient.cookie, 'screens/falls', body);
    expect([first.status, replay.status]).toEqual([201, 200]);
    expect(((await replay.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
    const alert = (await alertsOf(patient.id)).find((entry) => entry.ruleId === 'falls.screen-positive');
    expect(alert).toMatchObject({ kind: 'therapist-review', date: today() });
    expect(alert?.therapistMessage.en).toMatch(/4 points, higher falls risk/);
    const summary = (await (
      await test.request(`/api/v1/patients/${patient.id}/summary`, { cookie: clinic.therapist.cookie })
    ).json()) as { fallsScreens: { points: number; positive: boolean }[] };
    expect(summary.fallsScreens).toEqual([expect.objectContaining({ points: 4, positive: true })]);
    const events = (await (
      await test.request(`/api/v1/audit?patientId=${patient.id}`, { cookie: clinic.admin.cookie })
    ).json()) as { action: string }[];
    expect(events.map((event) => event.action)).toContain('screen.falls.create');
  });

  it('refuses a falls screen with a statement missing or unknown, naming it, and stores nothing', async () => {
    const patient = await buildPatient(test, clinic, { injuryDate: addDays(today(), -10) });
    const { 'sad-or-depressed': _left, ...partial } = fallsAnswers([]);
    const missing = await post(patient.id, patient.cookie, 'screens/falls', {
      clientId: randomUUID(),
      date: today(),
      answers: partial,
    });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toMatch(/answers\.sad-or-depressed.*must be answered/);
    const unknown = await post(patient.id, patient.cookie, 'screens/falls', {
      clientId: randomUUID(),
      date: today(),
      answers: { ...fallsAnswers([]), dizzy: true },
    });
    expect(unknown.status).toBe(400);
    const plan = (await (
      await test.request(`/api/v1/patients/${patient.id}/plan`, { cookie: patient.cookie })
    ).json()) as { due: { fallsScreen: boolean } };
    expect(plan.due.fallsScreen).toBe(true);
  });

  it('refuses the hip hitch as a choice while the falls screen is positive, and allows it once negative', async () => {
    const patient = await buildPatient(test, clinic, { injuryDate: addDays(today(), -30) });
    const choose = () =>
      test.request(`/api/v1/patients/${patient.id}/program/changes`, {
        cookie: clinic.therapist.cookie,
        body: { kind: 'selection', exerciseId: 'hip-hitch', included: true, reason: 'Phase 3 choice' },
      });
    await post(patient.id, patient.cookie, 'screens/falls', {
      clientId: randomUUID(),
      date: addDays(today(), -1),
      answers: fallsAnswers(POSITIVE),
    });
    const refused = await choose();
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/Needs a negative falls screen: the latest .* scored 4 points/);
    await post(patient.id, patient.cookie, 'screens/falls', {
      clientId: randomUUID(),
      date: today(),
      answers: fallsAnswers(['worried-about-falling']),
    });
    expect((await choose()).status).toBe(201);
  });

  it('stores the check-in after discharge and alerts the therapist when it reports trouble', async () => {
    const injury = addDays(today(), -150);
    const patient = await buildPatient(test, clinic, { injuryDate: injury });
    const change = (body: Record<string, unknown>) =>
      test.request(`/api/v1/patients/${patient.id}/program/changes`, {
        cookie: clinic.therapist.cookie,
        body: { reason: 'Course of care', ...body },
      });
    expect(
      (await change({ kind: 'phase-override', phase: 3, effectiveFrom: addDays(injury, 5) })).status,
    ).toBe(201);
    expect(
      (
        await change({
          kind: 'selection',
          exerciseId: 'squat-progression',
          included: true,
          effectiveFrom: addDays(injury, 5),
        })
      ).status,
    ).toBe(201);
    expect(
      (await change({ kind: 'sign-off', signOff: 'discharge', effectiveFrom: addDays(injury, 30) })).status,
    ).toBe(201);
    const answers = Object.fromEntries(
      maintenanceCheckIn.items.map((item) => [item.id, item.id === 'pain-back']),
    );
    const stored = await post(patient.id, patient.cookie, 'screens/maintenance-check-in', {
      clientId: randomUUID(),
      date: today(),
      answers,
    });
    expect(stored.status).toBe(201);
    const alert = (await alertsOf(patient.id)).find(
      (entry) => entry.ruleId === 'maintenance.check-in-answer',
    );
    expect(alert).toMatchObject({ kind: 'therapist-review', date: today() });
    expect(alert?.therapistMessage.en).toMatch(/reports trouble: "Has the pain in your hip come back\?" yes/);
  });

  it('files the adherence nudge when fewer than half the sessions were done two weeks running', async () => {
    const injury = addDays(today(), -21);
    const patient = await buildPatient(test, clinic, { injuryDate: injury });
    // Walking pain low from day 1, so exercise starts after the rest days; then no session for three
    // weeks. The check-ins leave the clinic's list out of date: reading it computes the patient's
    // attention, which files the nudge.
    for (const offset of [1, 2, 3])
      await post(patient.id, patient.cookie, 'check-ins', {
        clientId: randomUUID(),
        date: addDays(injury, offset),
        nextMorningPain: 2,
        worstPain24h: 2,
        walkingPain: 1,
      });
    await test.request('/api/v1/patients', { cookie: clinic.therapist.cookie });
    await test.request('/api/v1/patients', { cookie: clinic.therapist.cookie });
    const nudges = (await alertsOf(patient.id)).filter((entry) => entry.ruleId === 'adherence.two-low-weeks');
    expect(nudges).toHaveLength(1);
    const nudge = (await alertsOf(patient.id)).find((entry) => entry.ruleId === 'adherence.two-low-weeks');
    expect(nudge).toBeDefined();
    expect(nudge?.therapistMessage.en).toMatch(
      /Fewer than 50% of the prescribed sessions done 2 weeks running/,
    );
  });
});
