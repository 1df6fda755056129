import { useEffect } from 'react';
import { fetchSetupStatus } from '../../shared/api/account.js';
import { navigate } from '../../shared/router.js';
import { SignInForm, signInWords } from '../../shared/ui/sign-in-form.js';
import { useAsync } from '../../shared/use-async.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { CLINIC_BASE } from '../routes.js';

/** Staff sign-in; a new installation with no account yet sends its first visitor to create the clinic. */
export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useClinicI18n();
  const words = { ...signInWords(t), intro: t('signIn.intro') };
  const [setup] = useAsync('setup-status', fetchSetupStatus);
  const needed = setup.kind === 'ready' && setup.value.needed;
  useEffect(() => {
    if (needed) window.location.assign('/setup');
  }, [needed]);
  return (
    <SignInForm
      class="stack narrow"
      words={words}
      forgot={{ href: '/forgot-password', label: t('signIn.forgot') }}
      onSignedIn={() => {
        navigate(CLINIC_BASE, { replace: true });
        props.onSignedIn();
      }}
    />
  );
}
