import { buildAlert } from '@minimus/core/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTwoClinics, contextOf, daysFromToday } from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { acknowledgeAlert, listClinicAlerts, listPatientAlerts } from './alert-service.js';

describe('alert use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];
  let alertId: string;

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
    await repos.alerts.upsert(home.patient.patientId, [
      buildAlert({ date: daysFromToday(-2) }),
      buildAlert({ date: daysFromToday(-1) }),
    ]);
    await repos.alerts.upsert(other.patient.patientId, [buildAlert({ date: daysFromToday(-1) })]);
    const [newest] = await repos.alerts.listForPatient(home.patient.patientId);
    alertId = newest?.id ?? '';
  });

  describe('listClinicAlerts', () => {
    it("lists the clinic's own alerts, newest first, with the patient's name", async () => {
      const listed = await listClinicAlerts(contextOf(repos, home.therapist), undefined);
      expect(listed.map((alert) => [alert.date, alert.patientName])).toEqual([
        [daysFromToday(-1), home.patient.name],
        [daysFromToday(-2), home.patient.name],
      ]);
      expect(listed[0]).toMatchObject({ status: 'open', notifyTherapist: true, acknowledgedAt: null });
    });

    it('filters by status', async () => {
      await acknowledgeAlert(contextOf(repos, home.therapist), alertId, 'Called her');
      const context = contextOf(repos, home.admin);
      expect((await listClinicAlerts(context, 'open')).map((alert) => alert.date)).toEqual([
        daysFromToday(-2),
      ]);
      expect((await listClinicAlerts(context, 'acknowledged')).map((alert) => alert.id)).toEqual([alertId]);
    });

    it('is not for patients', async () => {
      await expect(listClinicAlerts(contextOf(repos, home.patient), undefined)).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });

  describe('listPatientAlerts', () => {
    it('shows the patient their own alerts', async () => {
      const listed = await listPatientAlerts(contextOf(repos, home.patient), home.patient.patientId);
      expect(listed).toHaveLength(2);
    });

    it("answers not found for another clinic's patient", async () => {
      await expect(
        listPatientAlerts(contextOf(repos, home.therapist), other.patient.patientId),
      ).rejects.toMatchObject({ code: 'not_found' });
    });
  });

  describe('acknowledgeAlert', () => {
    it('marks the alert seen with the note and who saw it, and refreshes the list entry', async () => {
      const seen = await acknowledgeAlert(contextOf(repos, home.therapist), alertId, 'Called her');
      expect(seen).toMatchObject({
        id: alertId,
        status: 'acknowledged',
        note: 'Called her',
        acknowledgedBy: home.therapist.userId,
        acknowledgedByName: home.therapist.name,
      });
      expect(seen.acknowledgedAt).not.toBeNull();
      const patient = store.patients.get(home.patient.patientId);
      expect(store.attention.get(home.patient.patientId)).toMatchObject({
        alertsVersion: patient?.alertsVersion,
        openAlerts: 1,
      });
      expect(store.audit.at(-1)).toMatchObject({ action: 'alert.acknowledge', outcome: 'allowed' });
    });

    it.each(['patient', 'admin'] as const)('forbids the %s and leaves the alert open', async (who) => {
      await expect(acknowledgeAlert(contextOf(repos, home[who]), alertId, 'seen')).rejects.toMatchObject({
        code: 'forbidden',
      });
      expect((await repos.alerts.find(alertId))?.status).toBe('open');
    });

    it("answers not found to another clinic's therapist and for an unknown alert, auditing both", async () => {
      await expect(
        acknowledgeAlert(contextOf(repos, other.therapist), alertId, 'seen'),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(
        acknowledgeAlert(contextOf(repos, home.therapist), '00000000-0000-4000-8000-000000000000', 'seen'),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect((await repos.alerts.find(alertId))?.status).toBe('open');
      expect(
        store.audit.filter((row) => row.action === 'alert.acknowledge').map((row) => row.outcome),
      ).toEqual(['denied', 'denied']);
    });
  });
});
