import type { ProgramChangeInput } from '@minimus/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTwoClinics, contextOf, daysFromToday } from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { changeProgram, getProgram } from './program-service.js';

const REST_DAYS: ProgramChangeInput = { kind: 'rest-days', restDays: 5, reason: 'Slow to settle' };

describe('program use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
  });

  describe('getProgram', () => {
    it.each(['patient', 'therapist', 'admin'] as const)('lets the %s of the clinic read it', async (who) => {
      const view = await getProgram(contextOf(repos, home[who]), home.patient.patientId);
      expect(view.version).toBe(1);
      expect(view.changes).toEqual([expect.objectContaining({ version: 1, kind: 'created' })]);
    });

    it("answers not found to another clinic's therapist and another patient, and audits the refusal", async () => {
      for (const stranger of [other.therapist, other.patient]) {
        await expect(getProgram(contextOf(repos, stranger), home.patient.patientId)).rejects.toMatchObject({
          code: 'not_found',
        });
      }
      expect(store.audit.filter((row) => row.action === 'program.read').map((row) => row.outcome)).toEqual([
        'denied',
        'denied',
      ]);
    });
  });

  describe('changeProgram', () => {
    it("stores the therapist's change as the next version with its author and reason", async () => {
      const view = await changeProgram(contextOf(repos, home.therapist), home.patient.patientId, REST_DAYS);
      expect(view.version).toBe(2);
      expect(view.program.restDays).toBe(5);
      expect(view.changes.at(-1)).toMatchObject({
        version: 2,
        kind: 'rest-days',
        reason: 'Slow to settle',
        author: home.therapist.name,
      });
      expect(store.attention.get(home.patient.patientId)?.dataVersion).toBe(
        store.patients.get(home.patient.patientId)?.dataVersion,
      );
    });

    it.each(['patient', 'admin'] as const)('forbids the %s to change it and stores nothing', async (who) => {
      await expect(
        changeProgram(contextOf(repos, home[who]), home.patient.patientId, REST_DAYS),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(store.programVersions.get(home.patient.patientId)).toHaveLength(1);
    });

    it("answers not found to another clinic's therapist", async () => {
      await expect(
        changeProgram(contextOf(repos, other.therapist), home.patient.patientId, REST_DAYS),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(store.programVersions.get(home.patient.patientId)).toHaveLength(1);
    });

    it('refuses a change that takes effect before the program starts', async () => {
      const early = { ...REST_DAYS, effectiveFrom: daysFromToday(-30) };
      await expect(
        changeProgram(contextOf(repos, home.therapist), home.patient.patientId, early),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        errors: [expect.objectContaining({ path: 'effectiveFrom' })],
      });
      expect(store.programVersions.get(home.patient.patientId)).toHaveLength(1);
    });

    it('reports a conflict when another change took the next version first', async () => {
      const context = contextOf(repos, home.therapist);
      const racing = {
        ...repos,
        programs: {
          ...repos.programs,
          // The other change lands between this one's read and its write.
          latest: async (patientId: string) => {
            const read = await repos.programs.latest(patientId);
            await changeProgram(context, patientId, { ...REST_DAYS, restDays: 6 });
            return read;
          },
        },
      };
      await expect(
        changeProgram({ ...context, repos: racing }, home.patient.patientId, REST_DAYS),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await repos.programs.latest(home.patient.patientId))?.program.restDays).toBe(6);
    });
  });
});
