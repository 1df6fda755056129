import { useState } from 'react';
import {
  fetchPreferences,
  type NotificationPreference,
  type PushSetup,
  preferenceInput,
  savePreferences,
  subscribeToPush,
} from '../../shared/api/notifications.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { useI18n } from '../i18n/i18n.js';

const DEFAULT_TIME = '18:00';

/** The push button: the browser asks for permission only after this tap, never on load. */
export function PushButton(props: { publicKey: string | null; subscribed: boolean }) {
  const { t } = useI18n();
  const [setup, setSetup] = useState<PushSetup | null>(props.subscribed ? 'subscribed' : null);
  const [error, setError] = useState<unknown>(null);
  if (!props.publicKey) return null;
  const key = props.publicKey;
  return (
    <div class="stack">
      {setup === 'subscribed' ? (
        <p class="notice notice-good" role="status" data-testid="push-on">
          {t('reminders.pushOn')}
        </p>
      ) : (
        <button
          type="button"
          class="button secondary"
          onClick={async () => {
            try {
              setSetup(await subscribeToPush(key));
            } catch (caught) {
              setError(caught);
            }
          }}
        >
          {t('reminders.pushButton')}
        </button>
      )}
      {setup === 'denied' && <p class="notice notice-bad">{t('reminders.pushDenied')}</p>}
      {setup === 'unsupported' && <p class="notice notice-info">{t('reminders.pushUnsupported')}</p>}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}

function ReminderForm(props: {
  stored: NotificationPreference;
  onSaved: (saved: NotificationPreference) => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(preferenceInput(props.stored));
  const [saved, setSaved] = useState(false);
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
          props.onSaved(await savePreferences({ ...draft, reminderPromptAnswered: true }));
          setSaved(true);
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <label class="field-inline">
        <input
          type="checkbox"
          checked={draft.reminderTime !== null}
          onChange={(e) => change({ reminderTime: e.currentTarget.checked ? DEFAULT_TIME : null })}
        />
        <span>{t('reminders.daily')}</span>
      </label>
      {draft.reminderTime !== null && (
        <div class="field">
          <label for="reminder-time">{t('reminders.time')}</label>
          <input
            id="reminder-time"
            type="time"
            required
            aria-describedby="reminder-time-hint"
            value={draft.reminderTime}
            onInput={(e) => change({ reminderTime: e.currentTarget.value || null })}
          />
          <small id="reminder-time-hint">{t('reminders.timeHint')}</small>
        </div>
      )}
      <label class="field-inline">
        <input
          type="checkbox"
          checked={draft.weeklyNote}
          onChange={(e) => change({ weeklyNote: e.currentTarget.checked })}
        />
        <span>{t('reminders.weeklyNote')}</span>
      </label>
      {channels.email && (
        <label class="field-inline">
          <input
            type="checkbox"
            checked={draft.emailEnabled}
            onChange={(e) => change({ emailEnabled: e.currentTarget.checked })}
          />
          <span>{t('reminders.byEmail')}</span>
        </label>
      )}
      {!channels.email && <p class="notice notice-info">{t('reminders.emailOff')}</p>}
      {error !== null && <ErrorNotice error={error} />}
      {saved && (
        <p class="notice notice-good" role="status">
          {t('reminders.saved')}
        </p>
      )}
      <button type="submit" class="button primary">
        {t('reminders.save')}
      </button>
    </form>
  );
}

/** Settings: the daily reminder's time, the weekly note, the channels, and this phone's push subscription. */
export function ReminderSettings() {
  const { t } = useI18n();
  const [loaded, reload] = useAsync('notification-preferences', fetchPreferences);
  return (
    <section class="stack" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      {loaded.kind === 'loading' && <Loading />}
      {loaded.kind === 'failed' && <ErrorNotice error={loaded.error} onRetry={reload} />}
      {loaded.kind === 'ready' && (
        <>
          <ReminderForm stored={loaded.value} onSaved={() => undefined} />
          {loaded.value.channels.push && (
            <PushButton
              publicKey={loaded.value.channels.pushPublicKey}
              subscribed={loaded.value.pushSubscriptions > 0 && Notification.permission === 'granted'}
            />
          )}
        </>
      )}
    </section>
  );
}
