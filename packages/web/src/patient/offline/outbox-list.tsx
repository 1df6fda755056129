import { dateInWords } from '@minimus/core';
import { useI18n } from '../i18n/i18n.js';
import { useSyncState } from './sync.js';

/** What is still on this phone waiting for the server, and why a refused entry was refused. */
export function OutboxList() {
  const { locale, t } = useI18n();
  const { items } = useSyncState();
  if (items.length === 0) return null;
  return (
    <section class="stack" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('outbox.title')}</h2>
      <ul class="plain">
        {[...items]
          .sort((a, b) => a.createdAt - b.createdAt)
          .map((item) => (
            <li key={item.clientId} class={item.status === 'failed' ? 'status-red' : undefined}>
              {t(`outbox.kind.${item.kind}`)}
              {item.body.date !== undefined && ` · ${dateInWords(item.body.date)[locale]}`}
              {item.status === 'failed' && ` · ${t('outbox.refused', { reason: item.error ?? '' })}`}
            </li>
          ))}
      </ul>
    </section>
  );
}
