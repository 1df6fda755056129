import { useEffect } from 'react';
import { fetchSetupStatus } from '../../shared/api/account.js';
import { navigate } from '../../shared/router.js';
import { SignInForm, signInWords } from '../../shared/ui/sign-in-form.js';
import { useAsync } from '../../shared/use-async.js';
import { useI18n } from '../i18n/i18n.js';

/** Sign-in; on a new installation with no account yet, the first visitor is sent to create the clinic. */
export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const [setup] = useAsync('setup-status', fetchSetupStatus);
  const needed = setup.kind === 'ready' && setup.value.needed;
  useEffect(() => {
    if (needed) navigate('/setup', { replace: true });
  }, [needed]);
  return (
    <SignInForm
      words={signInWords(t)}
      forgot={{ href: '/forgot-password', label: t('forgot.link') }}
      onSignedIn={() => {
        props.onSignedIn();
        navigate('/', { replace: true });
      }}
    />
  );
}
