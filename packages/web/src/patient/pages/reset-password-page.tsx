import { MIN_PASSWORD_LENGTH } from '@minimus/contract/limits';
import { useState } from 'react';
import { ApiError } from '../../shared/api/client.js';
import { resetPassword } from '../../shared/api/notifications.js';
import { navigate } from '../../shared/router.js';
import { ErrorNotice } from '../../shared/ui/notices.js';
import { useI18n } from '../i18n/i18n.js';

/** The emailed link: choose a new password, which signs in and ends the account's other sessions. */
export function ResetPasswordPage(props: { token: string; onReset: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      class="stack"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (password.length < MIN_PASSWORD_LENGTH) return setProblem(t('invite.passwordShort'));
        if (password !== confirmation) return setProblem(t('invite.passwordMismatch'));
        setProblem(null);
        try {
          const { role } = await resetPassword(props.token, password);
          if (role === 'patient') {
            props.onReset();
            navigate('/', { replace: true });
          } else window.location.assign('/clinic');
        } catch (caught) {
          if (caught instanceof ApiError && caught.status === 410) setProblem(t('reset.invalid'));
          else setError(caught);
        }
      }}
    >
      <h1>{t('reset.title')}</h1>
      <p>{t('reset.intro')}</p>
      <label class="field">
        <span>{t('invite.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          aria-describedby="reset-password-hint"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <small id="reset-password-hint">{t('invite.passwordHint')}</small>
      </label>
      <label class="field">
        <span>{t('invite.passwordConfirm')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onInput={(e) => setConfirmation(e.currentTarget.value)}
        />
      </label>
      {problem && (
        <p class="notice notice-bad" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" class="button primary">
        {t('reset.submit')}
      </button>
    </form>
  );
}
