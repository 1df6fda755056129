import { useState } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { type AuditQuery, fetchAllPatients, fetchAudit, fetchTherapists } from '../api.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { formatTimestamp } from '../ui/format.js';

async function loadPeople() {
  const [therapists, patients] = await Promise.all([fetchTherapists(), fetchAllPatients()]);
  return { therapists, patients };
}

/** Clinic admin: who read or changed what, filtered by person, patient and dates; newest first. */
export function AuditPage() {
  const { t, locale } = useClinicI18n();
  const { me } = useClinicSession();
  const [people] = useAsync('audit-people', loadPeople);
  const [draft, setDraft] = useState<AuditQuery>({});
  const [query, setQuery] = useState<AuditQuery>({});
  const [events, reload] = useAsync(`audit:${JSON.stringify(query)}`, () => fetchAudit(query));
  const names = new Map<string, string>([[me.user.id, me.user.name]]);
  if (people.kind === 'ready') {
    for (const therapist of people.value.therapists) names.set(therapist.id, therapist.name);
    for (const patient of people.value.patients) names.set(patient.id, patient.name);
  }
  const set = (patch: AuditQuery) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <div class="stack">
      <h1>{t('audit.title')}</h1>
      <form
        class="grid-form"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(draft);
        }}
      >
        <label class="field">
          <span>{t('audit.who')}</span>
          <select
            value={draft.actor ?? ''}
            onChange={(e) => set({ actor: e.currentTarget.value || undefined })}
          >
            <option value="">{t('audit.anyone')}</option>
            <option value={me.user.id}>{me.user.name}</option>
            {people.kind === 'ready' &&
              people.value.therapists.map((therapist) => (
                <option key={therapist.id} value={therapist.id}>
                  {therapist.name}
                </option>
              ))}
          </select>
        </label>
        <label class="field">
          <span>{t('audit.patient')}</span>
          <select
            value={draft.patientId ?? ''}
            onChange={(e) => set({ patientId: e.currentTarget.value || undefined })}
          >
            <option value="">{t('audit.anyPatient')}</option>
            {people.kind === 'ready' &&
              people.value.patients.map((patient) => (
                <option key={patient.id} value={patient.id}>
                  {patient.name}
                </option>
              ))}
          </select>
        </label>
        <label class="field">
          <span>{t('audit.from')}</span>
          <input
            type="date"
            value={draft.from ?? ''}
            onInput={(e) => set({ from: e.currentTarget.value || undefined })}
          />
        </label>
        <label class="field">
          <span>{t('audit.to')}</span>
          <input
            type="date"
            value={draft.to ?? ''}
            onInput={(e) => set({ to: e.currentTarget.value || undefined })}
          />
        </label>
        <div class="form-end">
          <button type="submit" class="button primary">
            {t('audit.apply')}
          </button>
        </div>
      </form>
      {events.kind === 'loading' && <Loading />}
      {events.kind === 'failed' && <ErrorNotice error={events.error} onRetry={reload} />}
      {events.kind === 'ready' && (
        <div class="table-scroll">
          <table class="data">
            <caption>{t('audit.count', { count: events.value.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.patient')}</th>
                <th scope="col">{t('audit.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {events.value.map((event) => (
                <tr key={event.id} class={event.outcome === 'allowed' ? undefined : 'audit-refused'}>
                  <td>{formatTimestamp(event.at, locale)}</td>
                  <td>
                    {event.actorName ?? (event.actorId && names.get(event.actorId)) ?? event.actorId ?? '–'}
                    {event.actorRole ? ` (${event.actorRole})` : ''}
                  </td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{(event.patientId && names.get(event.patientId)) ?? event.patientId ?? '–'}</td>
                  <td>{t(`audit.${event.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
