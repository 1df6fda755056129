import { useState } from 'react';
import { fetchPreferences, preferenceInput, savePreferences } from '../../shared/api/notifications.js';
import { useAsync } from '../../shared/use-async.js';
import { Link } from '../app/shell.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * After a session, once: would the patient like a daily reminder? Reminders are off until they say
 * yes (in Settings, where they choose the time); "No, thanks" is remembered and the prompt goes.
 */
export function ReminderPrompt() {
  const { t } = useI18n();
  const [loaded] = useAsync('reminder-prompt', () => fetchPreferences());
  const [dismissed, setDismissed] = useState(false);
  if (loaded.kind !== 'ready' || dismissed) return null;
  const preference = loaded.value;
  if (preference.reminderTime !== null || preference.reminderPromptAnswered) return null;
  return (
    <div class="notice notice-info stack" data-testid="reminder-prompt">
      <p>{t('reminders.prompt')}</p>
      <Link href="/settings" class="button secondary">
        {t('reminders.promptYes')}
      </Link>
      <button
        type="button"
        class="button link"
        onClick={async () => {
          setDismissed(true);
          await savePreferences({ ...preferenceInput(preference), reminderPromptAnswered: true }).catch(
            () => undefined,
          );
        }}
      >
        {t('reminders.promptNo')}
      </button>
    </div>
  );
}
