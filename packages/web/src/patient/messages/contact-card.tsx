import type { ContactCardView } from '@minimus/contract';
import { useAsync } from '../../shared/use-async.js';
import { fetchContactCard } from '../api.js';
import { usePatientSession } from '../app/session.js';
import { Link } from '../app/shell.js';
import { useI18n } from '../i18n/i18n.js';
import { readThrough } from '../offline/cache.js';

/** The card as last read: it opens offline too, where a patient may need the phone number most. */
export function loadContactCard(patientId: string): Promise<ContactCardView | null> {
  return readThrough(`contact-card:${patientId}`, () => fetchContactCard(patientId)).then(
    (cached) => cached.value,
  );
}

/** How to reach the therapist: name, clinic phone and hours (set by the clinic), and the thread. */
export function ContactCard() {
  const { t } = useI18n();
  const { patientId } = usePatientSession();
  const [card] = useAsync(`contact-card:${patientId}`, () => loadContactCard(patientId));
  const value = card.kind === 'ready' ? card.value : null;
  return (
    <section class="contact-card stack" aria-labelledby="contact-card-title" data-testid="contact-card">
      <h2 id="contact-card-title">{t('contact.title')}</h2>
      {value ? (
        <>
          <p class="contact-name">{value.therapistName}</p>
          <p>
            <a href={`tel:${value.phone.replace(/[^0-9+]/g, '')}`}>
              {t('contact.phone', { phone: value.phone })}
            </a>
          </p>
          <p>{t('contact.hours', { hours: value.hours })}</p>
        </>
      ) : (
        card.kind !== 'loading' && <p>{t('contact.none')}</p>
      )}
      <Link href="/messages" class="button secondary">
        {t('contact.write')}
      </Link>
    </section>
  );
}
