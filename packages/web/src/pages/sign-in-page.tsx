import { navigate } from '../app/router.js';
import { useI18n } from '../i18n/i18n.js';
import { SignInForm } from '../ui/sign-in-form.js';

export function SignInPage(props: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const words = {
    title: t('signIn.title'),
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
      words={words}
      onSignedIn={() => {
        props.onSignedIn();
        navigate('/', { replace: true });
      }}
    />
  );
}
