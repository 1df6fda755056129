import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { signIn } from '../../api/endpoints.js';
import { navigate } from '../../app/router.js';
import { ErrorNotice } from '../../ui/notices.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { CLINIC_BASE } from '../routes.js';

export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useClinicI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(CLINIC_BASE, { replace: true });
      props.onSignedIn();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="stack narrow" onSubmit={submit}>
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
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
        (error instanceof ApiError && error.status === 429 ? (
          <p class="notice notice-bad" role="alert">
            {t('signIn.throttled')}
          </p>
        ) : error instanceof ApiError && error.status < 500 ? (
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
