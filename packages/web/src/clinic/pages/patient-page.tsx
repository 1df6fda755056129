import { useState } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import {
  fetchPatient,
  fetchPatientAlerts,
  fetchPlan,
  fetchProgram,
  fetchSessionLogs,
  fetchSummary,
  type InvitationLink,
  invitePatient,
} from '../api.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { SendByEmail } from '../notifications/email-invitation.js';
import { AlertsSection } from '../patient-record/alerts-section.js';
import { CameraSection } from '../patient-record/camera-section.js';
import { ChartsSection } from '../patient-record/charts-section.js';
import { ConfirmProgram } from '../patient-record/confirm-program.js';
import { ExportsSection } from '../patient-record/exports-section.js';
import { MessagesSection } from '../patient-record/messages-section.js';
import { OutcomeScoresSection } from '../patient-record/outcome-scores-section.js';
import type { PatientRecord } from '../patient-record/patient-record.js';
import { ScreensSection } from '../patient-record/screens-section.js';
import { SessionLogsSection } from '../patient-record/session-logs-section.js';
import { TimelineSection } from '../patient-record/timeline-section.js';
import { programHref } from '../routes.js';
import { ClinicLink } from '../ui/clinic-link.js';
import { InvitationCard } from '../ui/invitation-card.js';

async function loadRecord(patientId: string): Promise<PatientRecord> {
  const [profile, program, plan, summary, logs, alerts] = await Promise.all([
    fetchPatient(patientId),
    fetchProgram(patientId),
    fetchPlan(patientId),
    fetchSummary(patientId),
    fetchSessionLogs(patientId),
    fetchPatientAlerts(patientId),
  ]);
  return { profile, program, plan, summary, logs, alerts };
}

/** One patient: where the program stands and why, the charts, the logs, the alerts and the exports. */
export function PatientPage(props: { patientId: string }) {
  const { me } = useClinicSession();
  const [state, reload] = useAsync(`patient:${props.patientId}`, () => loadRecord(props.patientId));
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') return <ErrorNotice error={state.error} onRetry={reload} />;
  const record = state.value;
  return (
    <div class="stack">
      <PatientHeader record={record} />
      {record.plan.status === 'awaiting-confirmation' && me.user.role === 'therapist' && (
        <ConfirmProgram patientId={record.profile.id} alerts={record.alerts} onConfirmed={reload} />
      )}
      <SectionLinks messages={me.user.role === 'therapist'} />
      <AlertsSection alerts={record.alerts} onChanged={reload} />
      {me.user.role === 'therapist' && <MessagesSection patientId={record.profile.id} />}
      <ChartsSection record={record} />
      <TimelineSection record={record} />
      <ScreensSection record={record} />
      <SessionLogsSection logs={record.logs} />
      <CameraSection logs={record.logs} />
      <OutcomeScoresSection patientId={record.profile.id} />
      <ExportsSection patientId={record.profile.id} />
    </div>
  );
}

function PatientHeader(props: { record: PatientRecord }) {
  const { t, locale } = useClinicI18n();
  const { protocol, me } = useClinicSession();
  const { profile, plan } = props.record;
  const phaseName = protocol.phases.find((phase) => phase.phase === plan.phase)?.name;
  return (
    <header class="patient-header">
      <h1>{profile.name}</h1>
      <dl class="facts">
        <div>
          <dt>{t('patient.phase')}</dt>
          <dd>
            {t('phase.short', { phase: plan.phase })}
            {phaseName ? `: ${phaseName[locale]}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('patient.status')}</dt>
          <dd>{t(`status.${plan.status}`)}</dd>
        </div>
        <div>
          <dt>{t('patient.condition')}</dt>
          <dd>{t(`condition.${plan.condition}`)}</dd>
        </div>
        <div>
          <dt>{t('patient.side')}</dt>
          <dd>{t(`side.${profile.program.side}`)}</dd>
        </div>
        <div>
          <dt>{t('patient.injuryDate')}</dt>
          <dd>{profile.program.injuryDate}</dd>
        </div>
        <div>
          <dt>{t('patient.email')}</dt>
          <dd>{profile.email}</dd>
        </div>
      </dl>
      {me.user.role === 'therapist' && (
        <p class="actions">
          <ClinicLink class="button primary" href={programHref(profile.id)}>
            {t('patient.editProgram')}
          </ClinicLink>
          <NewInvitation patientId={profile.id} name={profile.name} />
        </p>
      )}
    </header>
  );
}

function SectionLinks(props: { messages: boolean }) {
  const { t } = useClinicI18n();
  const sections = [
    { id: 'alerts', label: t('section.alerts') },
    ...(props.messages ? [{ id: 'messages', label: t('section.messages') }] : []),
    { id: 'charts', label: t('charts.title') },
    { id: 'timeline', label: t('section.timeline') },
    { id: 'screens', label: t('screens.title') },
    { id: 'session-logs', label: t('logs.title') },
    { id: 'outcomes', label: t('outcomes.title') },
    { id: 'exports', label: t('exports.title') },
  ];
  return (
    <nav aria-label={t('section.nav')}>
      <ul class="section-links">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NewInvitation(props: { patientId: string; name: string }) {
  const { t } = useClinicI18n();
  const [invitation, setInvitation] = useState<InvitationLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [sendEmail, setSendEmail] = useState(false);
  return (
    <>
      <SendByEmail checked={sendEmail} onChange={setSendEmail} />
      <button
        type="button"
        class="button secondary"
        onClick={() => invitePatient(props.patientId, { sendEmail }).then(setInvitation, setError)}
      >
        {t('patient.newInvitation')}
      </button>
      {error !== null && <ErrorNotice error={error} />}
      {invitation && <InvitationCard name={props.name} invitation={invitation} />}
    </>
  );
}
