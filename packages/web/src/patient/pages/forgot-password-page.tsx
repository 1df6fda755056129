import { useState } from 'react';
import { ApiError } from '../../shared/api/client.js';
import { requestPasswordReset } from '../../shared/api/notifications.js';
import { ErrorNotice } from '../../shared/ui/notices.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Asks for a reset link. The answer reads the same for a known and an unknown address; when the
 * server sends no email it says so, and who can help instead.
 */
export function ForgotPasswordPage() {
  const { t, locale } = useI18n();
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState<'sent' | 'email-off' | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        try {
          const { emailOn } = await requestPasswordReset(email.trim(), locale);
          setAnswer(emailOn ? 'sent' : 'email-off');
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <h1>{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <label class="field">
        <span>{t('forgot.email')}</span>
        <input
          type="email"
          autoComplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </label>
      {answer === 'sent' && (
        <p class="notice notice-good" role="status" data-testid="reset-sent">
          {t('forgot.sent')}
        </p>
      )}
      {answer === 'email-off' && (
        <p class="notice notice-bad" role="alert">
          {t('forgot.emailOff')}
        </p>
      )}
      {error instanceof ApiError && error.status === 429 ? (
        <p class="notice notice-bad" role="alert">
          {t('signIn.throttled')}
        </p>
      ) : (
        error !== null && <ErrorNotice error={error} />
      )}
      <button type="submit" class="button primary">
        {t('forgot.submit')}
      </button>
      <p>
        <a href="/sign-in">{t('forgot.back')}</a>
      </p>
    </form>
  );
}
