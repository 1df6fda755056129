import { useState } from 'react';
import { ActionIcon } from '../../shared/ui/action-icon.js';
import { EmptyState } from '../../shared/ui/empty-state.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import {
  exportLinks,
  fetchPatients,
  type InvitationLink,
  invitePatient,
  type PatientFilter,
  type PatientListItem,
  type PatientListPage as PatientPage,
} from '../api.js';
import { useClinicSession } from '../app-session.js';
import { attentionReasonText } from '../attention-reasons.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { NewPatientForm } from '../patient-list/new-patient-form.js';
import { patientHref } from '../routes.js';
import { ClinicLink } from '../ui/clinic-link.js';
import { formatShortDate, percent } from '../ui/format.js';
import { InvitationCard } from '../ui/invitation-card.js';

const FILTERS: readonly PatientFilter[] = ['all', 'attention', 'active', 'suspended', 'discharged'];

/** The therapist's day: patients in the order the server ranks by what needs attention first. */
export function PatientListPage() {
  const { t, locale } = useClinicI18n();
  const { me } = useClinicSession();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PatientFilter>('all');
  // A new patient changes the order: the list starts again from its first page.
  const [generation, setGeneration] = useState(0);
  const [state, reload] = useAsync(`patients:${filter}:${query}:${generation}`, () =>
    fetchPatients(query, filter),
  );
  return (
    <div class="stack">
      <h1>{t('list.title')}</h1>
      <p class="hint">{t('list.intro')}</p>
      <div class="filters">
        <label class="field">
          <span>{t('list.search')}</span>
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('list.filter')}</span>
          <select
            value={filter}
            onChange={(e) => setFilter(FILTERS.find((f) => f === e.currentTarget.value) ?? 'all')}
          >
            {FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`filter.${option}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.kind === 'ready' && (
        <PatientPages
          key={`${filter}:${query}:${generation}`}
          first={state.value}
          query={query}
          filter={filter}
          canAdd={me.user.role === 'therapist'}
        />
      )}
      {me.user.role === 'therapist' && (
        <NewPatientForm onCreated={() => setGeneration((value) => value + 1)} />
      )}
      <p>
        <a href={exportLinks('', locale).monitoring} download>
          <ActionIcon name="download" />
          {t('list.monitoring')}
        </a>
      </p>
    </div>
  );
}

/** The first page, and the next ones as the therapist asks for them. */
function PatientPages(props: { first: PatientPage; query: string; filter: PatientFilter; canAdd: boolean }) {
  const { t } = useClinicI18n();
  const [more, setMore] = useState<{ items: PatientListItem[]; cursor: string | null; error: unknown }>({
    items: [],
    cursor: props.first.nextCursor,
    error: null,
  });
  const [loading, setLoading] = useState(false);
  const showMore = async (cursor: string) => {
    setLoading(true);
    try {
      const page = await fetchPatients(props.query, props.filter, cursor);
      setMore((held) => ({ items: [...held.items, ...page.items], cursor: page.nextCursor, error: null }));
    } catch (error) {
      setMore((held) => ({ ...held, error }));
    } finally {
      setLoading(false);
    }
  };
  const { cursor } = more;
  return (
    <>
      <PatientTable
        patients={[...props.first.items, ...more.items]}
        empty={
          props.query !== '' || props.filter !== 'all'
            ? 'list.empty'
            : props.canAdd
              ? 'list.noPatientsYet'
              : 'list.noPatientsYetAdmin'
        }
      />
      {more.error !== null && cursor && <ErrorNotice error={more.error} onRetry={() => showMore(cursor)} />}
      {cursor && (
        <p>
          <button type="button" class="secondary" disabled={loading} onClick={() => showMore(cursor)}>
            {t('list.more')}
          </button>
        </p>
      )}
    </>
  );
}

function PatientTable(props: {
  patients: readonly PatientListItem[];
  /** What to say when there is nobody to show. */
  empty: 'list.empty' | 'list.noPatientsYet' | 'list.noPatientsYetAdmin';
}) {
  const { t, locale } = useClinicI18n();
  const [link, setLink] = useState<{ name: string; invitation: InvitationLink } | null>(null);
  const [linkError, setLinkError] = useState<unknown>(null);
  const resend = (patient: PatientListItem) => {
    setLinkError(null);
    invitePatient(patient.id).then((invitation) => setLink({ name: patient.name, invitation }), setLinkError);
  };
  if (props.patients.length === 0) return <EmptyState picture="people">{t(props.empty)}</EmptyState>;
  return (
    <>
      {link && <InvitationCard name={link.name} invitation={link.invitation} />}
      {linkError !== null && <ErrorNotice error={linkError} />}
      <div class="table-scroll">
        <table class="data patients">
          <caption class="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.rank')}</th>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.phase')}</th>
              <th scope="col">{t('list.needs')}</th>
              <th scope="col">{t('list.lastData')}</th>
              <th scope="col">{t('list.adherence7d')}</th>
            </tr>
          </thead>
          <tbody>
            {props.patients.map((patient) => (
              <tr key={patient.id} class={patient.attention.reasons.length ? 'needs-attention' : undefined}>
                <td data-label={t('list.rank')}>{patient.attention.rank}</td>
                <th scope="row">
                  <ClinicLink href={patientHref(patient.id)}>{patient.name}</ClinicLink>
                  {patient.invitationUnused && (
                    <span class="invitation-unused">
                      <span class="tag">{t('list.invitationUnused')}</span>{' '}
                      <button
                        type="button"
                        class="button secondary small"
                        aria-label={t('list.resendFor', { name: patient.name })}
                        onClick={() => resend(patient)}
                      >
                        {t('list.resend')}
                      </button>
                    </span>
                  )}
                </th>
                <td data-label={t('list.phase')}>
                  {t('phase.short', { phase: patient.phase })}
                  {patient.status !== 'active' && (
                    <span class={`tag tag-${patient.status}`}> {t(`status.${patient.status}`)}</span>
                  )}
                </td>
                <td data-label={t('list.needs')}>
                  {patient.attention.reasons.length === 0 ? (
                    <span class="hint">{t('list.nothing')}</span>
                  ) : (
                    <ul class="reasons-compact">
                      {patient.attention.reasons.map((reason, index) => (
                        <li key={`${reason.code}:${index}`}>{attentionReasonText(reason, locale)}</li>
                      ))}
                    </ul>
                  )}
                  {patient.openAlerts > 0 && (
                    <span class="tag tag-alert">{t('list.openAlerts', { count: patient.openAlerts })}</span>
                  )}
                </td>
                <td data-label={t('list.lastData')}>
                  {patient.lastDataDate ? formatShortDate(patient.lastDataDate, locale) : t('list.noData')}
                </td>
                <td data-label={t('list.adherence7d')}>
                  {patient.adherence7d === null ? '–' : percent(patient.adherence7d, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
