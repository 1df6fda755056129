import type { Ref } from 'preact';

/** An authenticator code as typed ("123 456") reduced to its digits for the server. */
export function codeDigits(typed: string): string {
  return typed.replace(/\s+/g, '');
}

/** The account's current password (sign-in, or confirming it before a change to the account). */
export function PasswordField(props: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="password"
        autoComplete="current-password"
        required
        value={props.value}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  );
}

/** A six-digit code from an authenticator app, with or without the space it shows in the middle. */
export function AuthenticatorCodeField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
  fieldRef?: Ref<HTMLInputElement>;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        ref={props.fieldRef}
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        maxLength={7}
        required
        aria-describedby={props.describedBy}
        value={props.value}
        onInput={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  );
}
