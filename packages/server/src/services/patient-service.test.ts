import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildTwoClinics,
  contextOf,
  daysFromToday,
  fakeTransaction,
} from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { createPatient, getPatient, updatePatient } from './patient-service.js';

const NEW_PATIENT = {
  name: 'Greta Vogel',
  email: 'greta@example.test',
  injuryDate: daysFromToday(-3),
  side: 'left' as const,
  timeZone: 'Europe/Berlin',
  condition: 'tendinopathy' as const,
};

describe('patient use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
  });

  describe('createPatient', () => {
    it('registers the account, the patient of this therapist and version 1 of the program', async () => {
      const created = await createPatient(
        contextOf(repos, home.therapist),
        fakeTransaction(repos),
        NEW_PATIENT,
      );
      expect(created).toMatchObject({
        name: 'Greta Vogel',
        email: 'greta@example.test',
        timeZone: 'Europe/Berlin',
        therapistId: home.therapist.userId,
        programVersion: 1,
      });
      expect(created.program).toMatchObject({ injuryDate: NEW_PATIENT.injuryDate, side: 'left' });
      expect(created.program.diagnoses).toEqual([
        expect.objectContaining({ condition: 'tendinopathy', author: home.therapist.name }),
      ]);
      expect(store.patients.get(created.id)?.clinicId).toBe(home.clinicId);
      expect(store.attention.has(created.id)).toBe(true);
    });

    it.each(['admin', 'patient'] as const)('forbids the %s to register a patient', async (who) => {
      const before = store.patients.size;
      await expect(
        createPatient(contextOf(repos, home[who]), fakeTransaction(repos), NEW_PATIENT),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(store.patients.size).toBe(before);
    });

    it('refuses an injury date in the future and an email in use', async () => {
      const context = contextOf(repos, home.therapist);
      const before = store.patients.size;
      await expect(
        createPatient(context, fakeTransaction(repos), { ...NEW_PATIENT, injuryDate: daysFromToday(3) }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        errors: [expect.objectContaining({ path: 'injuryDate' })],
      });
      await expect(
        createPatient(context, fakeTransaction(repos), { ...NEW_PATIENT, email: other.patient.email }),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(store.patients.size).toBe(before);
    });
  });

  describe('getPatient', () => {
    it.each(['patient', 'therapist', 'admin'] as const)(
      'shows the profile to the %s of the clinic',
      async (who) => {
        const profile = await getPatient(contextOf(repos, home[who]), home.patient.patientId);
        expect(profile).toMatchObject({
          id: home.patient.patientId,
          email: home.patient.email,
          programVersion: 1,
        });
      },
    );

    it("answers not found to another patient, another clinic's staff and a malformed id", async () => {
      for (const stranger of [other.patient, other.therapist, other.admin])
        await expect(getPatient(contextOf(repos, stranger), home.patient.patientId)).rejects.toMatchObject({
          code: 'not_found',
        });
      await expect(getPatient(contextOf(repos, home.therapist), 'not-an-id')).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });

  describe('updatePatient', () => {
    it('renames the patient and their account', async () => {
      const updated = await updatePatient(contextOf(repos, home.therapist), home.patient.patientId, {
        name: 'Greta V.',
      });
      expect(updated.name).toBe('Greta V.');
      expect(store.users.get(home.patient.userId)?.name).toBe('Greta V.');
      expect(updated.programVersion).toBe(1);
    });

    it('moves the program to a new time zone as a new, attributed version', async () => {
      const updated = await updatePatient(contextOf(repos, home.therapist), home.patient.patientId, {
        timeZone: 'America/Bogota',
      });
      expect(updated).toMatchObject({ timeZone: 'America/Bogota', programVersion: 2 });
      expect(updated.program.timeZone).toBe('America/Bogota');
      expect((await repos.programs.latest(home.patient.patientId))?.reason).toBe(
        'Time zone changed from Europe/Madrid to America/Bogota',
      );
    });

    it.each([
      { who: 'the patient', code: 'forbidden', actor: () => home.patient },
      { who: "another clinic's therapist", code: 'not_found', actor: () => other.therapist },
    ])('refuses $who ($code) and changes nothing', async ({ actor, code }) => {
      await expect(
        updatePatient(contextOf(repos, actor()), home.patient.patientId, { name: 'Someone Else' }),
      ).rejects.toMatchObject({ code });
      expect(store.patients.get(home.patient.patientId)?.name).toBe(home.patient.name);
    });
  });
});
