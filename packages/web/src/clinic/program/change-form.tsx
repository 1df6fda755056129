import type { ComponentChildren } from 'preact';
import { useId, useState } from 'react';
import { ApiError } from '../../shared/api/client.js';
import { ErrorNotice } from '../../shared/ui/notices.js';
import { changeProgram, type ProgramChange } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';

type ChangeBody = ProgramChange extends infer C
  ? C extends ProgramChange
    ? Omit<C, 'reason'>
    : never
  : never;

/**
 * A program change with its reason: the fields come from the caller, the reason from here; the server
 * decides whether the change is allowed and says why when it is not.
 */
export function ChangeForm(props: {
  patientId: string;
  title: string;
  submitLabel: string;
  build: () => ChangeBody | null;
  onChanged: () => void;
  children?: ComponentChildren;
}) {
  const { t } = useClinicI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [incomplete, setIncomplete] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: Event) => {
    event.preventDefault();
    const body = props.build();
    setIncomplete(body === null);
    if (!body) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await changeProgram(props.patientId, { ...body, reason: reason.trim() } as ProgramChange);
      setReason('');
      setSaved(true);
      props.onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="change-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>{props.title}</h3>
      {props.children}
      <label class="field">
        <span>{t('change.reason')}</span>
        <textarea
          required
          minLength={3}
          rows={2}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </label>
      <button type="submit" class="button primary" disabled={busy}>
        {props.submitLabel}
      </button>
      {saved && (
        <p class="notice notice-good" role="status">
          {t('change.saved')}
        </p>
      )}
      {incomplete && (
        <p class="notice notice-bad" role="alert">
          {t('change.nothing')}
        </p>
      )}
      {error !== null && <ChangeError error={error} />}
    </form>
  );
}

function ChangeError(props: { error: unknown }) {
  const { t } = useClinicI18n();
  if (props.error instanceof ApiError && props.error.fieldErrors.length > 0)
    return (
      <div class="notice notice-bad" role="alert">
        <p>{t('change.refused')}</p>
        <ul>
          {props.error.fieldErrors.map((field) => (
            <li key={field.path}>
              {field.path}: {field.message}
            </li>
          ))}
        </ul>
      </div>
    );
  if (props.error instanceof ApiError && props.error.code === 'conflict')
    return (
      <p class="notice notice-bad" role="alert">
        {t('change.conflict')}
      </p>
    );
  return <ErrorNotice error={props.error} />;
}
