import { navigate } from '../../app/router.js';
import { SignInForm } from '../../ui/sign-in-form.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { CLINIC_BASE } from '../routes.js';

export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useClinicI18n();
  const words = {
    title: t('signIn.title'),
    intro: t('signIn.intro'),
    email: t('signIn.email'),
    password: t('signIn.password'),
    submit: t('signIn.submit'),
    failed: t('signIn.failed'),
    throttled: t('signIn.throttled'),
    code: t('signIn.code'),
    codeHint: t('signIn.codeHint'),
    verify: t('signIn.verify'),
    codeFailed: t('signIn.codeFailed'),
  };
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
