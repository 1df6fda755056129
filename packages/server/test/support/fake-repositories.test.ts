import { buildAlert } from '@minimus/core/testing';
import { describe, expect, it } from 'vitest';
import { EmailTakenError } from '../../src/repositories/account-repository.js';
import { buildTwoClinics } from './fake-repositories.js';

/** The fakes keep the rules the tables keep, or the fast service tests would prove nothing. */
describe('the fake repositories', () => {
  it('refuse a second account with the same email, whatever its case and spaces', async () => {
    const { repos, home } = await buildTwoClinics();
    await expect(
      repos.accounts.createUser({
        email: ` ${home.therapist.email.toUpperCase()}`,
        name: 'Twin',
        role: 'admin',
        clinicId: home.clinicId,
      }),
    ).rejects.toBeInstanceOf(EmailTakenError);
  });

  it('refuse a program version that exists already, and raise the data version on a new one', async () => {
    const { store, repos, home } = await buildTwoClinics();
    const { patientId } = home.patient;
    const latest = await repos.programs.latest(patientId);
    if (!latest) throw new Error('the clinic was built without a program');
    const before = store.patients.get(patientId)?.dataVersion ?? 0;
    expect(await repos.programs.append(patientId, { ...latest, version: 1 })).toBe(false);
    expect(await repos.programs.append(patientId, { ...latest, version: 2 })).toBe(true);
    expect(store.patients.get(patientId)?.dataVersion).toBe(before + 1);
  });

  it('store a device write once and answer a replay with the stored record', async () => {
    const { repos, home } = await buildTwoClinics();
    const entry = { date: '2026-03-02', nextMorningPain: 2, worstPain24h: 3, walkingPain: 1 };
    const first = await repos.history.addCheckIn(home.patient.patientId, 'device-1', entry);
    const replay = await repos.history.addCheckIn(home.patient.patientId, 'device-1', {
      ...entry,
      walkingPain: 9,
    });
    expect(first.created).toBe(true);
    expect(replay).toEqual({ created: false, record: first.record });
    expect((await repos.history.load(home.patient.patientId)).checkIns).toHaveLength(1);
  });

  it('keep one alert per key, updating its words but not its status', async () => {
    const { repos, home } = await buildTwoClinics();
    const { patientId } = home.patient;
    await repos.alerts.upsert(patientId, [buildAlert()]);
    const [stored] = await repos.alerts.listForPatient(patientId);
    await repos.alerts.acknowledge(stored?.id ?? '', home.therapist.userId, 'seen');
    await repos.alerts.upsert(patientId, [buildAlert({ severity: 'urgent' })]);
    expect(await repos.alerts.listForPatient(patientId)).toEqual([
      expect.objectContaining({ severity: 'urgent', status: 'acknowledged', note: 'seen' }),
    ]);
  });

  it('keep an attention snapshot computed from newer versions', async () => {
    const { store, repos, home } = await buildTwoClinics();
    const snapshot = {
      patientId: home.patient.patientId,
      clinicId: home.clinicId,
      dataVersion: 5,
      alertsVersion: 3,
      messagesVersion: 0,
      horizonStart: '2026-03-02',
      days: [],
      scores: [],
      lastDataDate: null,
      openAlerts: 0,
    };
    await repos.attention.store(snapshot);
    await repos.attention.store({ ...snapshot, dataVersion: 4, openAlerts: 7 });
    expect(store.attention.get(home.patient.patientId)?.dataVersion).toBe(5);
    await repos.attention.store({ ...snapshot, alertsVersion: 4, openAlerts: 1 });
    expect(store.attention.get(home.patient.patientId)?.openAlerts).toBe(1);
  });
});
