import { useEffect, useRef, useState } from 'react';
import { signIn, verifyTotp } from '../api/account.js';
import { ApiError } from '../api/client.js';
import { AuthenticatorCodeField, codeDigits, PasswordField } from './credential-fields.js';
import { ErrorNotice } from './notices.js';

/** The words of the form, from whichever app shows it (the patient app and the clinic have their own). */
export interface SignInWords {
  title: string;
  intro?: string;
  email: string;
  password: string;
  submit: string;
  failed: string;
  throttled: string;
  code: string;
  codeHint: string;
  verify: string;
  codeFailed: string;
}

/** The message keys both apps give the form, under the same names. */
type SignInKey = `signIn.${Exclude<keyof SignInWords, 'intro'>}`;

/** The form's words from an app's translation function (each app's keys include these). */
export function signInWords(t: (key: SignInKey) => string): SignInWords {
  return {
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
}

function Failure(props: { error: unknown; refused: string; throttled: string }) {
  const { error } = props;
  if (error instanceof ApiError && error.status === 429)
    return (
      <p class="notice notice-bad" role="alert">
        {props.throttled}
      </p>
    );
  if (error instanceof ApiError && error.status < 500)
    return (
      <p class="notice notice-bad" role="alert">
        {props.refused}
      </p>
    );
  return <ErrorNotice error={error} />;
}

function useSubmit(work: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

/**
 * Email and password, then the authenticator code when the account has a second factor. Used by the
 * patient app and the clinic alike; `onSignedIn` runs once a session exists.
 */
export function SignInForm(props: { words: SignInWords; onSignedIn: () => void; class?: string }) {
  const [step, setStep] = useState<'password' | 'code'>('password');
  return step === 'password' ? (
    <PasswordStep {...props} onCodeNeeded={() => setStep('code')} />
  ) : (
    <CodeStep {...props} />
  );
}

function PasswordStep(props: {
  words: SignInWords;
  onSignedIn: () => void;
  onCodeNeeded: () => void;
  class?: string;
}) {
  const { words } = props;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    const { needsCode } = await signIn(email.trim(), password);
    if (needsCode) props.onCodeNeeded();
    else props.onSignedIn();
  });
  return (
    <form class={props.class ?? 'stack'} onSubmit={submit}>
      <h1>{words.title}</h1>
      {words.intro && <p>{words.intro}</p>}
      <label class="field">
        <span>{words.email}</span>
        <input
          type="email"
          autoComplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </label>
      <PasswordField label={words.password} value={password} onChange={setPassword} />
      {error !== null && <Failure error={error} refused={words.failed} throttled={words.throttled} />}
      <button type="submit" class="button primary" disabled={busy}>
        {words.submit}
      </button>
    </form>
  );
}

function CodeStep(props: { words: SignInWords; onSignedIn: () => void; class?: string }) {
  const { words } = props;
  const [code, setCode] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const { error, busy, submit } = useSubmit(async () => {
    await verifyTotp(codeDigits(code));
    props.onSignedIn();
  });
  return (
    <form class={props.class ?? 'stack'} onSubmit={submit}>
      <h1>{words.title}</h1>
      <AuthenticatorCodeField
        label={words.code}
        value={code}
        onChange={setCode}
        describedBy="sign-in-code-hint"
        fieldRef={field}
      />
      <p class="hint" id="sign-in-code-hint">
        {words.codeHint}
      </p>
      {error !== null && <Failure error={error} refused={words.codeFailed} throttled={words.throttled} />}
      <button type="submit" class="button primary" disabled={busy}>
        {words.verify}
      </button>
    </form>
  );
}
