import { beforeEach, describe, expect, it } from 'vitest';
import { buildTwoClinics, contextOf, daysFromToday } from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { listOutcomeScores, recordOutcomeScore, recordStrengthTest } from './measurement-service.js';

const STRENGTH = {
  date: daysFromToday(-1),
  method: 'dynamometer' as const,
  injuredSide: 120,
  uninjuredSide: 160,
  loadKg: null,
};

describe('measurement use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
  });

  describe('recordStrengthTest', () => {
    it('stores the test with the therapist as its author and raises the data version', async () => {
      const before = store.patients.get(home.patient.patientId)?.dataVersion ?? 0;
      const stored = await recordStrengthTest(
        contextOf(repos, home.therapist),
        home.patient.patientId,
        STRENGTH,
      );
      expect(stored).toEqual({ id: expect.any(String), ...STRENGTH });
      expect((await repos.history.load(home.patient.patientId)).strengthTests).toEqual([
        { ...STRENGTH, id: stored.id, author: home.therapist.name },
      ]);
      expect(store.patients.get(home.patient.patientId)?.dataVersion).toBeGreaterThan(before);
    });

    it.each([
      { who: 'the patient', code: 'forbidden', actor: () => home.patient },
      { who: 'the admin', code: 'forbidden', actor: () => home.admin },
      { who: "another clinic's therapist", code: 'not_found', actor: () => other.therapist },
    ])('refuses $who ($code) and stores nothing', async ({ actor, code }) => {
      await expect(
        recordStrengthTest(contextOf(repos, actor()), home.patient.patientId, STRENGTH),
      ).rejects.toMatchObject({ code });
      expect((await repos.history.load(home.patient.patientId)).strengthTests).toEqual([]);
    });
  });

  describe('outcome scores', () => {
    it('lists what the therapist entered, newest first, each with its author', async () => {
      const context = contextOf(repos, home.therapist);
      const { patientId } = home.patient;
      await recordOutcomeScore(context, patientId, {
        date: daysFromToday(-5),
        instrument: 'LEFS',
        total: 40,
      });
      await recordOutcomeScore(context, patientId, {
        date: daysFromToday(-1),
        instrument: 'VISA-G',
        total: 61,
      });
      const listed = await listOutcomeScores(contextOf(repos, home.admin), patientId);
      expect(listed.map((score) => [score.instrument, score.total, score.author])).toEqual([
        ['VISA-G', 61, home.therapist.name],
        ['LEFS', 40, home.therapist.name],
      ]);
    });

    it('keeps them from the patient and from another clinic', async () => {
      const { patientId } = home.patient;
      await expect(listOutcomeScores(contextOf(repos, home.patient), patientId)).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(listOutcomeScores(contextOf(repos, other.admin), patientId)).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(
        recordOutcomeScore(contextOf(repos, home.patient), patientId, {
          date: daysFromToday(-1),
          instrument: 'LEFS',
          total: 80,
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect((await repos.history.load(patientId)).outcomeScores).toEqual([]);
    });
  });
});
