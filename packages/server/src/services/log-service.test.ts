import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTwoClinics, contextOf, daysFromToday } from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { recordCheckIn, recordScreen, recordSessionLog } from './log-service.js';

/** The fast tier of the device writes: the use cases on in-memory repositories (ADR 0008). */
describe('device write use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
  });

  const checkIn = (daysAgo: number, walkingPain = 1) => ({
    clientId: randomUUID(),
    date: daysFromToday(-daysAgo),
    nextMorningPain: 1,
    worstPain24h: 2,
    walkingPain,
  });
  const patientId = () => home.patient.patientId;
  const versionOf = (id: string) => store.patients.get(id)?.dataVersion;
  const stored = () => store.historyOf(patientId()).checkIns.length;

  it('stores a check-in once, and answers a replay with the stored record', async () => {
    const input = checkIn(1);
    const first = await recordCheckIn(contextOf(repos, home.patient), patientId(), input);
    const again = await recordCheckIn(contextOf(repos, home.patient), patientId(), input);
    expect(first.created).toBe(true);
    expect(again).toEqual({ created: false, record: first.record });
    expect(stored()).toBe(1);
  });

  it('keeps the state one record on, equal to a fresh read, at the version the store reached', async () => {
    const before = versionOf(patientId()) ?? 0;
    await recordCheckIn(contextOf(repos, home.patient), patientId(), checkIn(2));
    await recordCheckIn(contextOf(repos, home.therapist), patientId(), checkIn(3));
    const version = versionOf(patientId()) ?? 0;
    expect(version).toBe(before + 2);
    const fresh = await repos.history.loadForPlanning(patientId());
    expect(repos.planner.kept(patientId(), version)?.history).toEqual(fresh?.history);
  });

  it('plans again when another write came first, and stores both', async () => {
    await Promise.all([
      recordCheckIn(contextOf(repos, home.patient), patientId(), checkIn(1)),
      recordCheckIn(contextOf(repos, home.patient), patientId(), checkIn(2)),
      recordCheckIn(contextOf(repos, home.therapist), patientId(), checkIn(3)),
    ]);
    expect(stored()).toBe(3);
    const fresh = await repos.history.loadForPlanning(patientId());
    expect(repos.planner.kept(patientId(), fresh?.dataVersion ?? -1)?.history).toEqual(fresh?.history);
  });

  it.each([
    ['a patient of another clinic', () => contextOf(repos, other.therapist), 'not_found'],
    ['an admin', () => contextOf(repos, home.admin), 'forbidden'],
    ['another patient', () => contextOf(repos, other.patient), 'not_found'],
  ])('refuses %s and stores nothing', async (_, context, code) => {
    await expect(recordCheckIn(context(), patientId(), checkIn(1))).rejects.toMatchObject({ code });
    expect(stored()).toBe(0);
    expect(store.audit.at(-1)).toMatchObject({ action: 'check-in.create', outcome: 'denied' });
  });

  it('refuses a date after tomorrow, naming the field, and stores nothing', async () => {
    const write = recordCheckIn(contextOf(repos, home.patient), patientId(), checkIn(-2));
    await expect(write).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'date', message: 'must not be in the future' }],
    });
    expect(stored()).toBe(0);
  });

  it('refuses a session log naming an exercise not in that day’s plan', async () => {
    await recordCheckIn(contextOf(repos, home.patient), patientId(), checkIn(5));
    const log = {
      clientId: randomUUID(),
      date: daysFromToday(-1),
      baselinePain: 1,
      exercises: [
        {
          exerciseId: 'hip-hitch' as const,
          sets: [{ reps: 5, holdSeconds: null, loadKg: 0 }],
          painScore: 1,
          stoppedEarly: false,
        },
      ],
    };
    await expect(recordSessionLog(contextOf(repos, home.patient), patientId(), log)).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'exercises.0.exerciseId' }],
    });
    expect(store.historyOf(patientId()).sessionLogs).toEqual([]);
  });

  it('stores the alert of a red-flag answer with the screen, and audits the write once', async () => {
    const answers = { 'constant-night-pain': true };
    const input = { clientId: randomUUID(), date: daysFromToday(0), answers };
    await recordScreen(contextOf(repos, home.patient), patientId(), 'red-flag', input);
    const alerts = await repos.alerts.listForPatient(patientId());
    expect(alerts.map((alert) => alert.kind)).toContain('red-flag');
    expect(store.audit.filter((row) => row.action === 'screen.red-flag.create')).toHaveLength(1);
  });
});
