import { useState } from 'react';
import { EmptyState } from '../../shared/ui/empty-state.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { fetchTherapists, inviteTherapist, setTherapistActive, type Therapist } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { SendByEmail } from '../notifications/email-invitation.js';
import { NotificationStatusPanel } from '../notifications/notification-status.js';
import { ContactCardForm } from '../therapists/contact-card-form.js';
import { ConfirmAction } from '../ui/confirm-action.js';
import { InvitationCard } from '../ui/invitation-card.js';

/** Clinic admin: the clinic's therapists, inviting one, and deactivating (which ends their sessions). */
export function TherapistsPage() {
  const { t } = useClinicI18n();
  const [state, reload] = useAsync('therapists', fetchTherapists);
  return (
    <div class="stack">
      <h1>{t('therapists.title')}</h1>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.kind === 'ready' && <TherapistTable therapists={state.value} onChanged={reload} />}
      {state.kind === 'ready' && <ContactCards therapists={state.value} />}
      <InviteTherapistForm onInvited={reload} />
      <NotificationStatusPanel />
    </div>
  );
}

function ContactCards(props: { therapists: readonly Therapist[] }) {
  const { t } = useClinicI18n();
  const active = props.therapists.filter((therapist) => therapist.active);
  if (active.length === 0) return null;
  return (
    <section class="panel stack" aria-labelledby="contact-cards">
      <h2 id="contact-cards">{t('contactCard.title')}</h2>
      {active.map((therapist) => (
        <ContactCardForm key={therapist.id} therapist={therapist} />
      ))}
    </section>
  );
}

function TherapistTable(props: { therapists: readonly Therapist[]; onChanged: () => void }) {
  const { t } = useClinicI18n();
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const change = (therapist: Therapist) => {
    setConfirming(null);
    setTherapistActive(therapist.id, !therapist.active).then(props.onChanged, setError);
  };
  if (props.therapists.length === 0) return <EmptyState picture="people">{t('therapists.none')}</EmptyState>;
  return (
    <>
      <div class="table-scroll">
        <table class="data">
          <caption class="visually-hidden">{t('therapists.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('invite.email')}</th>
              <th scope="col">{t('patient.status')}</th>
              <th scope="col">{t('therapists.action')}</th>
            </tr>
          </thead>
          <tbody>
            {props.therapists.map((therapist) => (
              <tr key={therapist.id}>
                <th scope="row">{therapist.name}</th>
                <td class="email">{therapist.email}</td>
                <td>{t(`therapists.${therapist.status}`)}</td>
                <td>
                  {confirming === therapist.id ? (
                    <ConfirmAction
                      question={t('therapists.confirmDeactivate', { name: therapist.name })}
                      confirm={t('therapists.deactivate')}
                      keep={t('therapists.keep')}
                      onConfirm={() => change(therapist)}
                      onKeep={() => setConfirming(null)}
                    />
                  ) : (
                    <button
                      type="button"
                      class={therapist.active ? 'button danger' : 'button secondary'}
                      aria-label={
                        therapist.active
                          ? t('therapists.deactivateName', { name: therapist.name })
                          : t('therapists.reactivateName', { name: therapist.name })
                      }
                      onClick={() => (therapist.active ? setConfirming(therapist.id) : change(therapist))}
                    >
                      {therapist.active ? t('therapists.deactivate') : t('therapists.reactivate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </>
  );
}

function InviteTherapistForm(props: { onInvited: () => void }) {
  const { t } = useClinicI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [sendEmail, setSendEmail] = useState(false);
  const [invited, setInvited] = useState<Therapist | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <section class="panel" aria-labelledby="invite-therapist">
      <h2 id="invite-therapist">{t('therapists.invite')}</h2>
      <form
        class="grid-form"
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            setInvited(await inviteTherapist({ name: name.trim(), email: email.trim(), sendEmail }));
            setName('');
            setEmail('');
            props.onInvited();
          } catch (caught) {
            setError(caught);
          }
        }}
      >
        <label class="field">
          <span>{t('list.name')}</span>
          <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('invite.email')}</span>
          <input type="email" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </label>
        <SendByEmail checked={sendEmail} onChange={setSendEmail} />
        <div class="form-end">
          <button type="submit" class="button primary">
            {t('therapists.inviteSubmit')}
          </button>
        </div>
      </form>
      {error !== null && <ErrorNotice error={error} />}
      {invited?.invitation && (
        <div role="status">
          <InvitationCard name={invited.name} invitation={invited.invitation} />
        </div>
      )}
    </section>
  );
}
