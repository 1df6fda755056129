import { useState } from 'react';
import type { AlertView } from '../api.js';
import { changeProgram } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';

const ONBOARDING_KINDS = new Set(['risk-factor', 'therapist-review']);

/**
 * Before day 1 (CLINICAL 1): the onboarding answers to acknowledge, and the therapist's confirmation of
 * the program, recorded as a sign-off with its reason. Until then the patient sees no exercises.
 */
export function ConfirmProgram(props: {
  patientId: string;
  alerts: readonly AlertView[];
  onConfirmed: () => void;
}) {
  const { t, locale } = useClinicI18n();
  const [reason, setReason] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answers = props.alerts.filter((alert) => alert.status === 'open' && ONBOARDING_KINDS.has(alert.kind));
  return (
    <section class="panel notice-warning" aria-labelledby="confirm-program" data-testid="confirm-program">
      <h2 id="confirm-program">{t('confirm.title')}</h2>
      <p>{t('confirm.intro')}</p>
      {answers.length === 0 ? (
        <p>{t('confirm.noAnswers')}</p>
      ) : (
        <ul>
          {answers.map((alert) => (
            <li key={alert.id}>{alert.therapistMessage[locale]}</li>
          ))}
        </ul>
      )}
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          setFailed(null);
          try {
            await changeProgram(props.patientId, {
              kind: 'sign-off',
              signOff: 'program-confirmed',
              reason: reason.trim(),
            });
            props.onConfirmed();
          } catch (error) {
            setFailed(error instanceof Error ? error.message : String(error));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label>
          <span>{t('confirm.reason')}</span>
          <textarea
            required
            minLength={3}
            value={reason}
            onInput={(event) => setReason((event.target as HTMLTextAreaElement).value)}
          />
        </label>
        {failed && (
          <p class="notice notice-bad" role="alert">
            {failed}
          </p>
        )}
        <button type="submit" class="button primary" disabled={busy || reason.trim().length < 3}>
          {t('confirm.submit')}
        </button>
      </form>
    </section>
  );
}
