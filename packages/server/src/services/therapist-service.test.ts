import { beforeEach, describe, expect, it } from 'vitest';
import { buildTwoClinics, contextOf, PUBLIC_URL } from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { inviteTherapist, listTherapists, setTherapistActive } from './therapist-service.js';

describe('therapist use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
  });

  describe('inviteTherapist', () => {
    it('adds a therapist to the admin’s clinic with a one-time link and its QR code', async () => {
      const added = await inviteTherapist(contextOf(repos, home.admin), {
        email: ' Nora@Clinic.test ',
        name: 'Nora Therapist',
      });
      expect(added).toMatchObject({ name: 'Nora Therapist', email: 'nora@clinic.test', active: true });
      expect(added.invitation?.url).toMatch(new RegExp(`^${PUBLIC_URL}/invite/[\\w-]{20,}$`));
      expect(added.invitation?.qrSvg).toContain('<svg');
      expect(store.users.get(added.id)).toMatchObject({ role: 'therapist', clinicId: home.clinicId });
      expect(store.invitations).toEqual([expect.objectContaining({ userId: added.id, usedAt: null })]);
    });

    it('stores the link as a hash only', async () => {
      const added = await inviteTherapist(contextOf(repos, home.admin), { email: 'a@b.test', name: 'A B' });
      const token = added.invitation?.url.split('/invite/')[1] ?? '';
      expect(token.length).toBeGreaterThan(20);
      expect(JSON.stringify(store.invitations)).not.toContain(token);
    });

    it.each(['therapist', 'patient'] as const)(
      'forbids a %s to invite and creates no account',
      async (who) => {
        const before = store.users.size;
        await expect(
          inviteTherapist(contextOf(repos, home[who]), { email: 'x@y.test', name: 'X Y' }),
        ).rejects.toMatchObject({ code: 'forbidden' });
        expect(store.users.size).toBe(before);
        expect(store.audit.at(-1)).toMatchObject({ action: 'therapist.invite', outcome: 'denied' });
      },
    );

    it('refuses an email that has an account already, whatever its case', async () => {
      await expect(
        inviteTherapist(contextOf(repos, home.admin), {
          email: home.therapist.email.toUpperCase(),
          name: 'Twin',
        }),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect(store.invitations).toEqual([]);
    });
  });

  describe('listTherapists', () => {
    it("lists the admin's own clinic only", async () => {
      const listed = await listTherapists(contextOf(repos, home.admin));
      expect(listed.map((therapist) => therapist.id)).toEqual([home.therapist.userId]);
    });

    it('shows a therapist who has not used the invitation as invited, and as active once they have', async () => {
      const added = await inviteTherapist(contextOf(repos, home.admin), {
        email: 'new@clinic.test',
        name: 'New',
      });
      expect(added.status).toBe('invited');
      const statusOf = async () =>
        (await listTherapists(contextOf(repos, home.admin))).find((therapist) => therapist.id === added.id)
          ?.status;
      expect(await statusOf()).toBe('invited');
      await repos.accounts.setPassword(added.id, 'hash of a chosen password');
      expect(await statusOf()).toBe('active');
      await setTherapistActive(contextOf(repos, home.admin), added.id, false);
      expect(await statusOf()).toBe('inactive');
    });

    it('is for admins only', async () => {
      await expect(listTherapists(contextOf(repos, home.therapist))).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });

  describe('setTherapistActive', () => {
    it('deactivates a therapist of the clinic and activates them again', async () => {
      const context = contextOf(repos, home.admin);
      expect(await setTherapistActive(context, home.therapist.userId, false)).toMatchObject({
        active: false,
      });
      expect(store.users.get(home.therapist.userId)?.active).toBe(false);
      await setTherapistActive(context, home.therapist.userId, true);
      expect(store.users.get(home.therapist.userId)?.active).toBe(true);
    });

    it.each([
      {
        who: "another clinic's therapist",
        target: (t: { other: typeof other; home: typeof home }) => t.other.therapist.userId,
      },
      {
        who: 'a patient account',
        target: (t: { other: typeof other; home: typeof home }) => t.home.patient.userId,
      },
      { who: 'an unknown id', target: () => 'no-such-user' },
    ])('answers not found for $who and changes nothing', async ({ target }) => {
      const id = target({ home, other });
      await expect(setTherapistActive(contextOf(repos, home.admin), id, false)).rejects.toMatchObject({
        code: 'not_found',
      });
      expect([...store.users.values()].every((user) => user.active)).toBe(true);
    });
  });
});
