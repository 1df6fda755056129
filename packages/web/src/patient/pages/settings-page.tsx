import { useState } from 'react';
import { signOut } from '../../shared/api/account.js';
import { navigate } from '../../shared/router.js';
import { LanguageSwitch } from '../../shared/ui/language-switch.js';
import { ErrorNotice } from '../../shared/ui/notices.js';
import { createCalendarFeed } from '../api.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { ContactCard } from '../messages/contact-card.js';
import { forgetCachedReads } from '../offline/cache.js';
import { OutboxList } from '../offline/outbox-list.js';
import { useSyncState } from '../offline/sync.js';
import { ReminderSettings } from '../reminders/reminder-settings.js';

function CalendarLink() {
  const { t } = useI18n();
  const { patientId } = usePatientSession();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <section class="stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('settings.calendar')}</h2>
      <p>{t('settings.calendarIntro')}</p>
      {url ? (
        <>
          <p>
            <a href={url.replace(/^https?:/, 'webcal:')} data-testid="calendar-link" class="button primary">
              {t('settings.calendarOpen')}
            </a>
          </p>
          <p class="hint break">{url}</p>
          <button
            type="button"
            class="button secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            }}
          >
            {copied ? t('settings.calendarCopied') : t('settings.calendarCopy')}
          </button>
        </>
      ) : (
        <button
          type="button"
          class="button secondary"
          onClick={async () => {
            try {
              setUrl((await createCalendarFeed(patientId)).url);
            } catch (caught) {
              setError(caught);
            }
          }}
        >
          {t('settings.calendarCreate')}
        </button>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </section>
  );
}

export function SettingsPage() {
  const { t } = useI18n();
  const { me } = usePatientSession();
  const sync = useSyncState();
  const [blocked, setBlocked] = useState(false);
  return (
    <section class="stack">
      <h1>{t('settings.title')}</h1>
      <p>{me.user.name}</p>
      <LanguageSwitch />
      <ContactCard />
      <ReminderSettings />
      <CalendarLink />
      <OutboxList />
      {blocked && (
        <p class="notice notice-bad" role="alert">
          {t('signOut.pending')}
        </p>
      )}
      <button
        type="button"
        class="button secondary"
        onClick={async () => {
          // Logs still on the phone would wait for this account's next sign-in: say so instead of hiding it.
          if (sync.pending > 0 || sync.failed > 0) return setBlocked(true);
          await signOut();
          await forgetCachedReads();
          window.location.assign('/sign-in');
        }}
      >
        {t('signOut')}
      </button>
      <button type="button" class="button link" onClick={() => navigate('/')}>
        {t('nav.today')}
      </button>
    </section>
  );
}
