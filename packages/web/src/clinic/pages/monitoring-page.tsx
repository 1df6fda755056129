import type { AlertKind } from '@minimus/core';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { useClinicI18n } from '../i18n/i18n.js';
import {
  fetchClinicMonitoring,
  fetchPatientMonitoring,
  type MonitoringPeriod,
  type MonitoringReport,
  monitoringCsvHref,
  type PatientMonitoring,
} from '../records-api.js';
import { patientHref } from '../routes.js';
import { ClinicLink } from '../ui/clinic-link.js';
import { formatShortDate, percent } from '../ui/format.js';

/**
 * The 30-day remote-monitoring report: per patient and period, the days with data (16 or more marked),
 * adherence to the prescribed sessions and the alerts raised; the clinic's, or one patient's.
 */
export function MonitoringPage(props: { patientId?: string }) {
  const { t } = useClinicI18n();
  const patientId = props.patientId ?? null;
  const [state, reload] = useAsync(`monitoring:${patientId ?? 'clinic'}`, () =>
    patientId ? fetchPatientMonitoring(patientId) : fetchClinicMonitoring(),
  );
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') return <ErrorNotice error={state.error} onRetry={reload} />;
  const report = state.value;
  const only = patientId ? report.patients[0] : undefined;
  return (
    <div class="stack">
      <h1>{only ? t('monitoring.titleFor', { name: only.patientName }) : t('monitoring.title')}</h1>
      {only && (
        <p>
          <ClinicLink href={patientHref(only.patientId)}>
            {t('monitoring.back', { name: only.patientName })}
          </ClinicLink>
        </p>
      )}
      <ReportFacts report={report} clinicWide={!patientId} />
      <p>
        <a href={monitoringCsvHref(patientId)} download="monitoring.csv">
          {only ? t('monitoring.csvPatient') : t('monitoring.csvClinic')}
        </a>
      </p>
      <PeriodTable report={report} showPatient={!patientId} />
    </div>
  );
}

function ReportFacts(props: { report: MonitoringReport; clinicWide: boolean }) {
  const { t, locale } = useClinicI18n();
  const { report } = props;
  return (
    <dl class="facts">
      <div>
        <dt>{t('monitoring.asOf')}</dt>
        <dd>{formatShortDate(report.asOf, locale)}</dd>
      </div>
      {props.clinicWide && (
        <div>
          <dt>{t('monitoring.meeting')}</dt>
          <dd>
            {t('monitoring.meetingCount', {
              count: report.totals.patientsMeetingSixteenDays,
              total: report.totals.patients,
            })}
          </dd>
        </div>
      )}
    </dl>
  );
}

function PeriodTable(props: { report: MonitoringReport; showPatient: boolean }) {
  const { t } = useClinicI18n();
  const rows = props.report.patients.flatMap((patient) =>
    patient.periods.map((period) => ({ patient, period })),
  );
  if (rows.length === 0) return <p>{t('monitoring.none')}</p>;
  return (
    <div class="table-scroll">
      <table class="data monitoring">
        <caption>{t('monitoring.caption')}</caption>
        <thead>
          <tr>
            {props.showPatient && <th scope="col">{t('monitoring.patient')}</th>}
            <th scope="col">{t('monitoring.period')}</th>
            <th scope="col">{t('monitoring.days')}</th>
            <th scope="col">{t('monitoring.sessions')}</th>
            <th scope="col">{t('monitoring.adherence')}</th>
            <th scope="col">{t('monitoring.alerts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ patient, period }) => (
            <PeriodRow
              key={`${patient.patientId}:${period.from}`}
              patient={patient}
              period={period}
              showPatient={props.showPatient}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PeriodRow(props: { patient: PatientMonitoring; period: MonitoringPeriod; showPatient: boolean }) {
  const { t, locale } = useClinicI18n();
  const { patient, period } = props;
  return (
    <tr class={period.meetsSixteenDays ? 'period-met' : undefined}>
      {props.showPatient && (
        <th scope="row">
          <ClinicLink href={patientHref(patient.patientId)}>{patient.patientName}</ClinicLink>
        </th>
      )}
      <td>
        {formatShortDate(period.from, locale)} – {formatShortDate(period.to, locale)}
        {!period.complete && <span class="hint"> ({t('monitoring.inProgress')})</span>}
      </td>
      <td>
        {period.daysWithData}{' '}
        {period.meetsSixteenDays && <span class="tag tag-met">{t('monitoring.sixteenReached')}</span>}
      </td>
      <td>
        {t('monitoring.sessionsDone', { done: period.doneSessions, prescribed: period.prescribedSessions })}
      </td>
      <td>{period.adherence === null ? '–' : percent(period.adherence, locale)}</td>
      <td>
        <AlertCounts alerts={period.alerts.map((alert) => alert.kind)} />
      </td>
    </tr>
  );
}

const KINDS: readonly AlertKind[] = [
  'red-flag',
  'significant-setback',
  'setback',
  'exercise-stopped',
  'no-improvement',
  'confirmation-needed',
];

function AlertCounts(props: { alerts: readonly AlertKind[] }) {
  const { t } = useClinicI18n();
  if (props.alerts.length === 0) return <>{t('monitoring.noAlerts')}</>;
  const counted = KINDS.map((kind) => ({
    kind,
    count: props.alerts.filter((alert) => alert === kind).length,
  })).filter((entry) => entry.count > 0);
  return (
    <ul class="plain">
      {counted.map((entry) => (
        <li key={entry.kind}>
          {entry.count} × {t(`alertKind.${entry.kind}`)}
        </li>
      ))}
    </ul>
  );
}
