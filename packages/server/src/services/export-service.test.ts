import { beforeEach, describe, expect, it } from 'vitest';
import { buildTwoClinics, contextOf } from '../../test/support/fake-repositories.js';
import type { FakeStore } from '../../test/support/fake-store.js';
import type { Repositories } from '../repositories/repositories.js';
import { calendarFeedBySecret, clinicMonitoring, exportDocument } from './export-service.js';
import { hashToken } from './secret-token.js';

describe('export use cases', () => {
  let store: FakeStore;
  let repos: Repositories;
  let home: Awaited<ReturnType<typeof buildTwoClinics>>['home'];
  let other: Awaited<ReturnType<typeof buildTwoClinics>>['other'];

  beforeEach(async () => {
    ({ store, repos, home, other } = await buildTwoClinics());
  });

  describe('exportDocument', () => {
    it("prints the physician summary for the patient's therapist", async () => {
      const pdf = await exportDocument(
        contextOf(repos, home.therapist),
        home.patient.patientId,
        'physician-summary',
        {
          locale: 'en',
        },
      );
      expect(Buffer.isBuffer(pdf) && pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(store.audit.at(-1)).toMatchObject({ action: 'export.physician-summary', outcome: 'allowed' });
    });

    it('gives the patient their own FHIR bundle, naming them', async () => {
      const bundle = await exportDocument(contextOf(repos, home.patient), home.patient.patientId, 'fhir', {});
      expect(bundle).toMatchObject({ resourceType: 'Bundle' });
      expect(JSON.stringify(bundle)).toContain(home.patient.name);
    });

    it("answers not found to another clinic's therapist and to another patient", async () => {
      for (const stranger of [other.therapist, other.patient])
        await expect(
          exportDocument(contextOf(repos, stranger), home.patient.patientId, 'fhir', {}),
        ).rejects.toMatchObject({ code: 'not_found' });
      expect(store.audit.filter((row) => row.action === 'export.fhir').map((row) => row.outcome)).toEqual([
        'denied',
        'denied',
      ]);
    });

    it('turns a day that is not a date into a validation problem', async () => {
      await expect(
        exportDocument(contextOf(repos, home.therapist), home.patient.patientId, 'handout', {
          date: '02/04/2026',
        }),
      ).rejects.toMatchObject({ code: 'validation_failed' });
    });
  });

  describe('calendarFeedBySecret', () => {
    it("serves the feed of the secret's patient in their language and zone, audited without an actor", async () => {
      await repos.accounts.setLocale(home.patient.userId, 'es');
      await repos.invitations.setCalendarFeed(home.patient.patientId, hashToken('the-secret'));
      const feed = await calendarFeedBySecret(repos, 'the-secret');
      expect(feed).toMatch(/^BEGIN:VCALENDAR/);
      expect(feed).toContain('X-WR-CALNAME:Ejercicios de cadera');
      expect(feed).toContain('X-WR-TIMEZONE:Europe/Madrid');
      expect(store.audit.at(-1)).toMatchObject({
        action: 'calendar-feed.read',
        actorId: null,
        patientId: home.patient.patientId,
      });
    });

    it('knows no other secret, nor one that was revoked', async () => {
      await repos.invitations.setCalendarFeed(home.patient.patientId, hashToken('the-secret'));
      await expect(calendarFeedBySecret(repos, 'a-guess')).rejects.toMatchObject({ code: 'not_found' });
      await repos.invitations.revokeCalendarFeed(home.patient.patientId);
      await expect(calendarFeedBySecret(repos, 'the-secret')).rejects.toMatchObject({ code: 'not_found' });
    });
  });

  describe('clinicMonitoring', () => {
    it("reports on the clinic's own patients only", async () => {
      const report = await clinicMonitoring(contextOf(repos, home.admin));
      expect(JSON.stringify(report)).toContain(home.patient.name);
      expect(JSON.stringify(report)).not.toContain(other.patient.name);
    });

    it('is not for patients', async () => {
      await expect(clinicMonitoring(contextOf(repos, home.patient))).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });
});
