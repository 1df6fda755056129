import type { ProgramSide } from '@minimus/core';
import { useState } from 'react';
import { localToday } from '../../shared/dates.js';
import { ActionIcon } from '../../shared/ui/action-icon.js';
import { ErrorNotice } from '../../shared/ui/notices.js';
import { createPatient, type InvitationLink, invitePatient, type NewPatient } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { SendByEmail } from '../notifications/email-invitation.js';
import { InvitationCard } from '../ui/invitation-card.js';
import { TimeZoneSelect } from '../ui/time-zone-select.js';

const SIDES: readonly ProgramSide[] = ['right', 'left', 'both'];

const blank = (): NewPatient => ({
  name: '',
  email: '',
  injuryDate: localToday(),
  side: 'right',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});

/** Registers a patient with their program and shows the invitation link and QR code at once. */
export function NewPatientForm(props: { onCreated: () => void }) {
  const { t } = useClinicI18n();
  const [input, setInput] = useState<NewPatient>(blank);
  const [error, setError] = useState<unknown>(null);
  const [invited, setInvited] = useState<{ name: string; invitation: InvitationLink } | null>(null);
  const [busy, setBusy] = useState(false);
  const [sendEmail, setSendEmail] = useState(false);
  const set = (patch: Partial<NewPatient>) => setInput((current) => ({ ...current, ...patch }));
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const patient = await createPatient(input);
      setInvited({ name: patient.name, invitation: await invitePatient(patient.id, { sendEmail }) });
      setInput(blank());
      props.onCreated();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="new-patient">
      <h2 id="new-patient">{t('invite.title')}</h2>
      <form class="grid-form" onSubmit={submit}>
        <label class="field">
          <span>{t('invite.name')}</span>
          <input required value={input.name} onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>{t('invite.email')}</span>
          <input
            type="email"
            required
            value={input.email}
            onInput={(e) => set({ email: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>{t('invite.injuryDate')}</span>
          <input
            type="date"
            required
            value={input.injuryDate}
            onInput={(e) => set({ injuryDate: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>{t('invite.side')}</span>
          <select
            value={input.side}
            onChange={(e) => set({ side: SIDES.find((side) => side === e.currentTarget.value) ?? 'right' })}
          >
            <option value="right">{t('side.right')}</option>
            <option value="left">{t('side.left')}</option>
            <option value="both">{t('side.both')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('invite.condition')}</span>
          <select
            value={input.condition ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              set({ condition: value === 'muscle-strain' || value === 'tendinopathy' ? value : undefined });
            }}
          >
            <option value="">{t('invite.conditionScreen')}</option>
            <option value="muscle-strain">{t('condition.muscle-strain')}</option>
            <option value="tendinopathy">{t('condition.tendinopathy')}</option>
          </select>
        </label>
        <TimeZoneSelect
          label={t('invite.timeZone')}
          value={input.timeZone}
          onChange={(timeZone) => set({ timeZone })}
        />
        <SendByEmail checked={sendEmail} onChange={setSendEmail} />
        <div class="form-end">
          <button type="submit" class="button primary" disabled={busy}>
            <ActionIcon name="addPerson" />
            {t('invite.submit')}
          </button>
        </div>
      </form>
      {error !== null && <ErrorNotice error={error} />}
      {invited && (
        <div role="status">
          <InvitationCard name={invited.name} invitation={invited.invitation} />
        </div>
      )}
    </section>
  );
}
