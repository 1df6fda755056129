import { useState } from 'react';
import { acceptInvitation, fetchInvitation } from '../../shared/api/account.js';
import { navigate } from '../../shared/router.js';
import { Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { useI18n } from '../i18n/i18n.js';
import { FormTrouble, NewPasswordFields, newPasswordProblem } from '../ui/new-password-fields.js';

/**
 * The link from the clinic: says who is invited to what (a patient to a program, a therapist or an
 * admin to the clinic), then sets the password. A patient goes on to the first steps, staff to the
 * clinic app.
 */
export function InvitationPage(props: { token: string; onAccepted: () => void }) {
  const { t, locale } = useI18n();
  const [invitation] = useAsync(`invitation:${props.token}`, () => fetchInvitation(props.token));
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (invitation.kind === 'loading') return <Loading />;
  const staff = invitation.kind === 'ready' && invitation.value.role !== 'patient';
  if (invitation.kind === 'failed' || !invitation.value.valid)
    return (
      <section class="stack">
        <h1>{t('invite.title')}</h1>
        <p class="notice notice-bad" role="alert">
          {t(staff ? 'invite.invalidStaff' : 'invite.invalid')}
        </p>
      </section>
    );
  const { clinicName, name, role } = invitation.value;
  const intro =
    role === 'therapist' ? 'invite.introTherapist' : role === 'admin' ? 'invite.introAdmin' : 'invite.intro';
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
          const accepted = await acceptInvitation(props.token, password, locale);
          if (accepted.patientId === null) {
            window.location.assign('/clinic');
            return;
          }
          props.onAccepted();
          navigate('/onboarding', { replace: true });
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <h1>{t(staff ? 'invite.titleStaff' : 'invite.title', { clinic: clinicName })}</h1>
      <p>{t(intro, { clinic: clinicName, name })}</p>
      <NewPasswordFields
        t={t}
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
      />
      <FormTrouble problem={problem} error={error} />
      <button type="submit" class="button primary">
        {t('invite.submit')}
      </button>
    </form>
  );
}
