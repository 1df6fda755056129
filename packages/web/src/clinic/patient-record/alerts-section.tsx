import { useState } from 'react';
import { EmptyState } from '../../shared/ui/empty-state.js';
import { ErrorNotice } from '../../shared/ui/notices.js';
import { type AlertView, acknowledgeAlert } from '../api.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { formatShortDate, formatTimestamp } from '../ui/format.js';

/** Open alerts first; each is acknowledged with a note that stays beside it. */
export function AlertsSection(props: { alerts: readonly AlertView[]; onChanged: () => void }) {
  const { t } = useClinicI18n();
  const open = props.alerts.filter((alert) => alert.status === 'open');
  const done = props.alerts.filter((alert) => alert.status === 'acknowledged');
  return (
    <section class="panel" aria-labelledby="alerts">
      <h2 id="alerts">{t('alerts.title', { count: open.length })}</h2>
      {props.alerts.length === 0 && <EmptyState picture="checklist">{t('alerts.none')}</EmptyState>}
      <ul class="alert-list">
        {open.map((alert) => (
          <AlertItem key={alert.id} alert={alert} onChanged={props.onChanged} />
        ))}
      </ul>
      {done.length > 0 && (
        <details>
          <summary>{t('alerts.acknowledgedCount', { count: done.length })}</summary>
          <ul class="alert-list">
            {done.map((alert) => (
              <AlertItem key={alert.id} alert={alert} onChanged={props.onChanged} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function AlertItem(props: { alert: AlertView; onChanged: () => void }) {
  const { t, locale } = useClinicI18n();
  const { me } = useClinicSession();
  const { alert } = props;
  return (
    <li class={`alert-item severity-${alert.severity} alert-${alert.status}`}>
      <p class="alert-head">
        <span class="tag">{t(`severity.${severityKey(alert.severity)}`)}</span>{' '}
        <strong>{formatShortDate(alert.date, locale)}</strong> <code class="rule">{alert.ruleId}</code>
      </p>
      <p>{alert.therapistMessage[locale]}</p>
      {alert.physicianMessage && (
        <p class="hint">
          {t('alerts.forPhysician')} {alert.physicianMessage[locale]}
        </p>
      )}
      {alert.message[locale] !== alert.therapistMessage[locale] && (
        <p class="hint">
          {t('alerts.patientWasTold')} {alert.message[locale]}
        </p>
      )}
      {alert.status === 'acknowledged' ? (
        <p class="acknowledged">
          {t('alerts.acknowledged', {
            who:
              alert.acknowledgedBy === me.user.id
                ? t('alerts.byYou')
                : (alert.acknowledgedByName ?? t('alerts.byColleague')),
            at: alert.acknowledgedAt ? formatTimestamp(alert.acknowledgedAt, locale) : '',
          })}
          {alert.note ? `: ${alert.note}` : ''}
        </p>
      ) : (
        me.user.role === 'therapist' && <AcknowledgeForm alertId={alert.id} onDone={props.onChanged} />
      )}
    </li>
  );
}

type SeverityKey = 'info' | 'warning' | 'urgent' | 'emergency';

function severityKey(severity: string): SeverityKey {
  return severity === 'warning' || severity === 'urgent' || severity === 'emergency' ? severity : 'info';
}

function AcknowledgeForm(props: { alertId: string; onDone: () => void }) {
  const { t } = useClinicI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = `ack-${props.alertId}`;
  return (
    <form
      class="acknowledge"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        try {
          await acknowledgeAlert(props.alertId, note.trim());
          props.onDone();
        } catch (caught) {
          setError(caught);
        } finally {
          setBusy(false);
        }
      }}
    >
      <label class="field" for={fieldId}>
        <span>{t('alerts.note')}</span>
      </label>
      <textarea id={fieldId} required rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit" class="button secondary" disabled={busy}>
        {t('alerts.acknowledge')}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
