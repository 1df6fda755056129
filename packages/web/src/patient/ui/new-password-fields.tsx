import { MIN_PASSWORD_LENGTH } from '@minimus/contract/limits';
import { ErrorNotice } from '../../shared/ui/notices.js';
import type { Translate } from '../i18n/i18n.js';

/** What is wrong with a chosen password and its repetition, in words, or null when both are fine. */
export function newPasswordProblem(password: string, confirmation: string, t: Translate): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return t('invite.passwordShort');
  if (password !== confirmation) return t('invite.passwordMismatch');
  return null;
}

/** A new password and its repetition, as the invitation and first-run setup ask for them. */
export function NewPasswordFields(props: {
  t: Translate;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
}) {
  const { t } = props;
  return (
    <>
      <label class="field">
        <span>{t('invite.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          aria-describedby="password-hint"
          value={props.password}
          onInput={(e) => props.onPassword(e.currentTarget.value)}
        />
        <small id="password-hint">{t('invite.passwordHint')}</small>
      </label>
      <label class="field">
        <span>{t('invite.passwordConfirm')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={props.confirmation}
          onInput={(e) => props.onConfirmation(e.currentTarget.value)}
        />
      </label>
    </>
  );
}

/** What went wrong with a form: the problem found before sending, or the error the server answered. */
export function FormTrouble(props: { problem: string | null; error: unknown }) {
  return (
    <>
      {props.problem && (
        <p class="notice notice-bad" role="alert">
          {props.problem}
        </p>
      )}
      {props.error !== null && <ErrorNotice error={props.error} />}
    </>
  );
}
