import { useState } from 'react';
import {
  fetchPreferences,
  type NotificationPreference,
  preferenceInput,
  savePreferences,
  subscribeToPush,
} from '../../shared/api/notifications.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { useClinicI18n } from '../i18n/i18n.js';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function AlertForm(props: { stored: NotificationPreference }) {
  const { t } = useClinicI18n();
  const [draft, setDraft] = useState(preferenceInput(props.stored));
  const [saved, setSaved] = useState(false);
  const [push, setPush] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const change = (patch: Partial<typeof draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const { channels } = props.stored;
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        try {
          await savePreferences(draft);
          setSaved(true);
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <p>{t('alerts.settingsIntro')}</p>
      <label class="field">
        <span>{t('alerts.digestHour')}</span>
        <select
          value={draft.digestHour}
          onChange={(e) => change({ digestHour: Number(e.currentTarget.value) })}
        >
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>{`${String(hour).padStart(2, '0')}:00`}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('alerts.timeZone')}</span>
        <input required value={draft.timeZone} onInput={(e) => change({ timeZone: e.currentTarget.value })} />
      </label>
      {channels.email ? (
        <label class="field-inline">
          <input
            type="checkbox"
            checked={draft.emailEnabled}
            onChange={(e) => change({ emailEnabled: e.currentTarget.checked })}
          />
          <span>{t('alerts.byEmail')}</span>
        </label>
      ) : (
        <p class="hint">{t('alerts.emailOff')}</p>
      )}
      <label class="field-inline">
        <input
          type="checkbox"
          checked={draft.pushEnabled}
          onChange={(e) => change({ pushEnabled: e.currentTarget.checked })}
        />
        <span>{t('alerts.byPush')}</span>
      </label>
      {channels.push && channels.pushPublicKey && (
        <button
          type="button"
          class="button secondary"
          onClick={async () => {
            try {
              setPush(await subscribeToPush(channels.pushPublicKey ?? ''));
            } catch (caught) {
              setError(caught);
            }
          }}
        >
          {t('alerts.pushButton')}
        </button>
      )}
      {push === 'subscribed' && <p class="notice notice-good">{t('alerts.pushOn')}</p>}
      {(push === 'denied' || push === 'unsupported') && (
        <p class="notice notice-bad">{t('alerts.pushOff')}</p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {saved && (
        <p class="notice notice-good" role="status">
          {t('alerts.saved')}
        </p>
      )}
      <button type="submit" class="button primary">
        {t('alerts.save')}
      </button>
    </form>
  );
}

/** The clinician's alert settings: urgent alerts at once, the rest in a daily digest at a chosen hour. */
export function AlertSettings() {
  const { t } = useClinicI18n();
  const [loaded, reload] = useAsync('notification-preferences', fetchPreferences);
  return (
    <section class="panel" aria-labelledby="alert-settings">
      <h2 id="alert-settings">{t('alerts.settingsTitle')}</h2>
      {loaded.kind === 'loading' && <Loading />}
      {loaded.kind === 'failed' && <ErrorNotice error={loaded.error} onRetry={reload} />}
      {loaded.kind === 'ready' && <AlertForm stored={loaded.value} />}
    </section>
  );
}
