import { navigate } from '../app/router.js';
import { useI18n } from '../i18n/i18n.js';
import { SignInForm, signInWords } from '../ui/sign-in-form.js';

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
