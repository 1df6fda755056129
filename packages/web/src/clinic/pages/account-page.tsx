import { useState } from 'react';
import { verifyTotp } from '../../shared/api/account.js';
import { AuthenticatorCodeField, codeDigits, PasswordField } from '../../shared/ui/credential-fields.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { fetchTwoFactor, startTwoFactor, type TwoFactorEnrolment } from '../records-api.js';

/** The signed-in clinician's own account: turning on two-step sign-in with an authenticator app. */
export function AccountPage() {
  const { t } = useClinicI18n();
  const { me } = useClinicSession();
  const [state, reload] = useAsync('two-factor', fetchTwoFactor);
  return (
    <div class="stack">
      <h1>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { name: me.user.name, email: me.user.email })}</p>
      <section class="panel" aria-labelledby="two-factor">
        <h2 id="two-factor">{t('twoFactor.title')}</h2>
        {state.kind === 'loading' && <Loading />}
        {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
        {state.kind === 'ready' &&
          (state.value.enabled ? (
            <p class="notice notice-good" role="status">
              {t('twoFactor.on')}
            </p>
          ) : (
            <Enrolment onDone={reload} />
          ))}
      </section>
    </div>
  );
}

function Enrolment(props: { onDone: () => void }) {
  const { t } = useClinicI18n();
  const [password, setPassword] = useState('');
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolment | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (enrolment) return <Confirm enrolment={enrolment} onDone={props.onDone} />;
  return (
    <form
      class="stack narrow"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        startTwoFactor(password).then(setEnrolment, setError);
      }}
    >
      <p>{t('twoFactor.off')}</p>
      <PasswordField label={t('twoFactor.password')} value={password} onChange={setPassword} />
      <button type="submit" class="button primary">
        {t('twoFactor.start')}
      </button>
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}

function Confirm(props: { enrolment: TwoFactorEnrolment; onDone: () => void }) {
  const { t } = useClinicI18n();
  const { enrolment } = props;
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <div class="stack">
      <p>{t('twoFactor.scan')}</p>
      <img src={qr} width={180} height={180} alt={t('twoFactor.qrAlt')} />
      <label class="field">
        <span>{t('twoFactor.secret')}</span>
        <input type="text" readOnly value={enrolment.secret} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <details>
        <summary>{t('twoFactor.backupCodes')}</summary>
        <p class="hint">{t('twoFactor.backupHint')}</p>
        <ul class="plain backup-codes">
          {enrolment.backupCodes.map((backup) => (
            <li key={backup}>
              <code>{backup}</code>
            </li>
          ))}
        </ul>
      </details>
      <form
        class="stack narrow"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          verifyTotp(codeDigits(code)).then(props.onDone, setError);
        }}
      >
        <AuthenticatorCodeField label={t('twoFactor.code')} value={code} onChange={setCode} />
        <button type="submit" class="button primary">
          {t('twoFactor.confirm')}
        </button>
        {error !== null && <ErrorNotice error={error} />}
      </form>
    </div>
  );
}
