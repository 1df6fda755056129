import { navigate } from '../../shared/router.js';
import { SignInForm, signInWords } from '../../shared/ui/sign-in-form.js';
import { useI18n } from '../i18n/i18n.js';

export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useI18n();
  return (
    <SignInForm
      words={signInWords(t)}
      onSignedIn={() => {
        props.onSignedIn();
        navigate('/', { replace: true });
      }}
    />
  );
}
