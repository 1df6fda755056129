import { beforeEach, describe, expect, it } from 'vitest';
import { buildTwoClinics, contextOf } from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { acceptInvitation, describeInvitation, invitePatient } from './invitation-service.js';
import { inviteTherapist } from './therapist-service.js';

function tokenOf(url: string): string {
  return url.split('/invite/')[1] ?? '';
}

describe('invitation use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
  });

  describe('invitePatient', () => {
    it("gives the patient's therapist a link for the patient's account", async () => {
      const link = await invitePatient(contextOf(repos, home.therapist), home.patient.patientId);
      expect(new Date(link.expiresAt).getTime()).toBeGreaterThan(Date.now());
      expect(store.invitations).toEqual([
        expect.objectContaining({ userId: home.patient.userId, createdBy: home.therapist.userId }),
      ]);
    });

    it.each([
      { who: 'the admin', code: 'forbidden', actor: () => home.admin },
      { who: 'the patient', code: 'forbidden', actor: () => home.patient },
      { who: "another clinic's therapist", code: 'not_found', actor: () => other.therapist },
    ])('refuses $who ($code) and makes no link', async ({ actor, code }) => {
      await expect(invitePatient(contextOf(repos, actor()), home.patient.patientId)).rejects.toMatchObject({
        code,
      });
      expect(store.invitations).toEqual([]);
    });
  });

  describe('describeInvitation', () => {
    it('names the patient and the clinic of a fresh link', async () => {
      const link = await invitePatient(contextOf(repos, home.therapist), home.patient.patientId);
      expect(await describeInvitation(repos, tokenOf(link.url))).toEqual({
        valid: true,
        name: home.patient.name,
        role: 'patient',
        clinicName: 'Hip Clinic',
        expiresAt: link.expiresAt,
      });
    });

    it("says a therapist's link invites staff, to the clinic, by the therapist's name", async () => {
      const added = await inviteTherapist(contextOf(repos, home.admin), {
        email: 'new.therapist@example.org',
        name: 'Noa Therapist',
      });
      const link = added.invitation;
      if (!link) throw new Error('no invitation');
      expect(await describeInvitation(repos, tokenOf(link.url))).toMatchObject({
        valid: true,
        name: 'Noa Therapist',
        role: 'therapist',
        clinicName: 'Hip Clinic',
      });
    });

    it('says an expired link is no longer valid, and knows no made-up one', async () => {
      const link = await invitePatient(contextOf(repos, home.therapist), home.patient.patientId);
      for (const row of store.invitations) row.expiresAt = new Date(Date.now() - 1000);
      expect(await describeInvitation(repos, tokenOf(link.url))).toMatchObject({ valid: false });
      await expect(describeInvitation(repos, 'made-up-token')).rejects.toMatchObject({ code: 'not_found' });
    });
  });

  describe('acceptInvitation', () => {
    it('sets the password and the locale once, and returns who to sign in', async () => {
      const link = await invitePatient(contextOf(repos, home.therapist), home.patient.patientId);
      const accepted = await acceptInvitation(repos, tokenOf(link.url), {
        password: 'a long password',
        locale: 'es',
      });
      expect(accepted).toEqual({
        userId: home.patient.userId,
        email: home.patient.email,
        patientId: home.patient.patientId,
      });
      expect(store.passwordHashes.get(home.patient.userId)).toMatch(/^\$argon2id\$/);
      expect(store.users.get(home.patient.userId)?.locale).toBe('es');
      expect(store.audit.at(-1)).toMatchObject({ action: 'invitation.accept', actorId: home.patient.userId });
    });

    it('refuses the same link twice and leaves the first password', async () => {
      const link = await invitePatient(contextOf(repos, home.therapist), home.patient.patientId);
      await acceptInvitation(repos, tokenOf(link.url), { password: 'the first password' });
      const first = store.passwordHashes.get(home.patient.userId);
      await expect(
        acceptInvitation(repos, tokenOf(link.url), { password: 'a second password' }),
      ).rejects.toMatchObject({ code: 'gone' });
      expect(store.passwordHashes.get(home.patient.userId)).toBe(first);
    });

    it('refuses a link to an account that was deactivated', async () => {
      const link = await invitePatient(contextOf(repos, home.therapist), home.patient.patientId);
      await repos.accounts.setActive(home.patient.userId, false);
      await expect(
        acceptInvitation(repos, tokenOf(link.url), { password: 'a long password' }),
      ).rejects.toMatchObject({ code: 'gone' });
      expect(store.passwordHashes.has(home.patient.userId)).toBe(false);
    });
  });
});
