import { MIN_PASSWORD_LENGTH } from '@minimus/contract/limits';
import { useState } from 'react';
import { acceptInvitation, fetchInvitation } from '../../shared/api/account.js';
import { navigate } from '../../shared/router.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { useI18n } from '../i18n/i18n.js';

/** The link from the therapist: shows who invited whom, then sets the patient's password. */
export function InvitationPage(props: { token: string; onAccepted: () => void }) {
  const { t, locale } = useI18n();
  const [invitation] = useAsync(`invitation:${props.token}`, () => fetchInvitation(props.token));
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (invitation.kind === 'loading') return <Loading />;
  if (invitation.kind === 'failed' || !invitation.value.valid)
    return (
      <section class="stack">
        <h1>{t('invite.title')}</h1>
        <p class="notice notice-bad" role="alert">
          {t('invite.invalid')}
        </p>
      </section>
    );
  const { clinicName, patientName } = invitation.value;
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
          await acceptInvitation(props.token, password, locale);
          props.onAccepted();
          navigate('/onboarding', { replace: true });
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <h1>{t('invite.title')}</h1>
      <p>{t('invite.intro', { clinic: clinicName, name: patientName })}</p>
      <label class="field">
        <span>{t('invite.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          aria-describedby="password-hint"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <small id="password-hint">{t('invite.passwordHint')}</small>
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
        {t('invite.submit')}
      </button>
    </form>
  );
}
