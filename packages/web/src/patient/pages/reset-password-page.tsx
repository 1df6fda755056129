import { useState } from 'react';
import { ApiError } from '../../shared/api/client.js';
import { resetPassword } from '../../shared/api/notifications.js';
import { navigate } from '../../shared/router.js';
import { useI18n } from '../i18n/i18n.js';
import { FormTrouble, NewPasswordFields, newPasswordProblem } from '../ui/new-password-fields.js';

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
        const wrong = newPasswordProblem(password, confirmation, t);
        setProblem(wrong);
        if (wrong) return;
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
      <NewPasswordFields
        t={t}
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
      />
      <FormTrouble problem={problem} error={error} />
      <button type="submit" class="button primary">
        {t('reset.submit')}
      </button>
    </form>
  );
}
