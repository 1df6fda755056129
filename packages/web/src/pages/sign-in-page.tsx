import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { signIn } from '../api/endpoints.js';
import { navigate } from '../app/router.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from '../ui/notices.js';

export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        try {
          await signIn(email.trim(), password);
          props.onSignedIn();
          navigate('/', { replace: true });
        } catch (caught) {
          setError(caught);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h1>{t('signIn.title')}</h1>
      <label class="field">
        <span>{t('signIn.email')}</span>
        <input
          type="email"
          autoComplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('signIn.password')}</span>
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      {error !== null &&
        (error instanceof ApiError && error.status < 500 ? (
          <p class="notice notice-bad" role="alert">
            {t('signIn.failed')}
          </p>
        ) : (
          <ErrorNotice error={error} />
        ))}
      <button type="submit" class="button primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
