import { navigate } from '../../shared/router.js';
import { SignInForm, signInWords } from '../../shared/ui/sign-in-form.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { CLINIC_BASE } from '../routes.js';

export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useClinicI18n();
  const words = { ...signInWords(t), intro: t('signIn.intro') };
  return (
    <SignInForm
      class="stack narrow"
      words={words}
      onSignedIn={() => {
        navigate(CLINIC_BASE, { replace: true });
        props.onSignedIn();
      }}
    />
  );
}
