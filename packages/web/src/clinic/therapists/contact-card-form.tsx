import { useState } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import type { Therapist } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { type ContactCardView, fetchContactCard, saveContactCard } from '../messages-api.js';

function CardFields(props: { therapist: Therapist; card: ContactCardView | null }) {
  const { t } = useClinicI18n();
  const [name, setName] = useState(props.card?.therapistName ?? props.therapist.name);
  const [phone, setPhone] = useState(props.card?.phone ?? '');
  const [hours, setHours] = useState(props.card?.hours ?? '');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      class="grid-form"
      aria-label={t('contactCard.edit', { name: props.therapist.name })}
      onSubmit={async (event) => {
        event.preventDefault();
        setSaved(false);
        setError(null);
        try {
          await saveContactCard(props.therapist.id, { therapistName: name, phone, hours });
          setSaved(true);
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <label class="field">
        <span>{t('contactCard.name')}</span>
        <input required maxLength={120} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('contactCard.phone')}</span>
        <input
          type="tel"
          required
          maxLength={40}
          value={phone}
          onInput={(e) => setPhone(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('contactCard.hours')}</span>
        <input required maxLength={200} value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
      </label>
      <div class="form-end">
        <button type="submit" class="button primary">
          {t('contactCard.save')}
        </button>
      </div>
      {saved && <p role="status">{t('contactCard.saved')}</p>}
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}

/** The admin sets, for one therapist, the name, clinic phone and hours their patients see. */
export function ContactCardForm(props: { therapist: Therapist }) {
  const { t } = useClinicI18n();
  const [state, reload] = useAsync(`contact-card:${props.therapist.id}`, () =>
    fetchContactCard(props.therapist.id),
  );
  return (
    <details class="contact-card-editor">
      <summary>{t('contactCard.edit', { name: props.therapist.name })}</summary>
      <p class="hint">{t('contactCard.intro')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.kind === 'ready' && <CardFields therapist={props.therapist} card={state.value} />}
    </details>
  );
}
