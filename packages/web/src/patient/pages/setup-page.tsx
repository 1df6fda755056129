import { useEffect, useState } from 'react';
import { createFirstClinic, fetchSetupStatus } from '../../shared/api/account.js';
import { navigate } from '../../shared/router.js';
import { useAsync } from '../../shared/use-async.js';
import { useI18n } from '../i18n/i18n.js';
import { FormTrouble, NewPasswordFields, newPasswordProblem } from '../ui/new-password-fields.js';

/**
 * First run of a new installation: the clinic's name and its first administrator. The server accepts
 * this once; the admin is then signed in and goes to the clinic app to invite therapists and patients.
 */
export function SetupPage() {
  const { t, locale } = useI18n();
  const [clinicName, setClinicName] = useState('');
  const [adminName, setAdminName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [setup] = useAsync('setup-status', fetchSetupStatus);
  const done = setup.kind === 'ready' && !setup.value.needed;
  useEffect(() => {
    if (done && !busy) navigate('/sign-in', { replace: true });
  }, [done, busy]);
  return (
    <form
      class="stack"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const wrong =
          clinicName.trim() === '' || adminName.trim() === '' || !email.includes('@')
            ? t('setup.missing')
            : newPasswordProblem(password, confirmation, t);
        setProblem(wrong);
        if (wrong) return;
        setBusy(true);
        setError(null);
        try {
          await createFirstClinic({ clinicName, adminName, email: email.trim(), password, locale });
          window.location.assign('/clinic');
        } catch (caught) {
          setError(caught);
          setBusy(false);
        }
      }}
    >
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <label class="field">
        <span>{t('setup.clinicName')}</span>
        <input
          type="text"
          autoComplete="organization"
          value={clinicName}
          onInput={(e) => setClinicName(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('setup.adminName')}</span>
        <input
          type="text"
          autoComplete="name"
          value={adminName}
          onInput={(e) => setAdminName(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('setup.email')}</span>
        <input
          type="email"
          autoComplete="email"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </label>
      <NewPasswordFields
        t={t}
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
      />
      <FormTrouble problem={problem} error={error} />
      <button type="submit" class="button primary" disabled={busy}>
        {t('setup.submit')}
      </button>
    </form>
  );
}
