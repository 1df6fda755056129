import type { MessageView } from '@minimus/contract';
import type { Locale } from '@minimus/core';
import { messagePhotoUrl } from '../api.js';
import { useI18n } from '../i18n/i18n.js';
import { protocolText } from '../ui/protocol-text.js';
import type { ThreadEntry } from './thread-state.js';

function sentAtInWords(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function StoredMessage(props: { message: MessageView; patientId: string }) {
  const { locale, t } = useI18n();
  const { message } = props;
  const own = message.author === 'patient';
  return (
    <li class={`message ${own ? 'message-own' : 'message-other'}`} data-testid="message">
      <p class="message-meta">
        <span>{own ? t('messages.you') : message.authorName}</span> · {sentAtInWords(message.sentAt, locale)}
      </p>
      {message.text && <p class="message-text">{message.text}</p>}
      {message.hasPhoto && (
        <img
          class="message-photo"
          src={messagePhotoUrl(props.patientId, message.id)}
          alt={t('messages.photoAlt')}
          loading="lazy"
        />
      )}
      {own && (
        <p class="message-state" data-testid="message-state">
          {t(`messages.state.${message.state}`)}
        </p>
      )}
      {message.safetyNet && (
        <p class="notice notice-bad" role="alert">
          {protocolText(message.safetyNet.guidance, locale)}
        </p>
      )}
    </li>
  );
}

function WaitingMessage(props: { entry: Extract<ThreadEntry, { kind: 'waiting' }> }) {
  const { locale, t } = useI18n();
  const { entry } = props;
  return (
    <li class="message message-own message-waiting" data-testid="message">
      <p class="message-meta">{t('messages.you')}</p>
      {entry.text && <p class="message-text">{entry.text}</p>}
      {entry.hasPhoto && <p class="hint">{t('messages.photoAttached')}</p>}
      <p class={`message-state${entry.refused !== null ? ' status-red' : ''}`} data-testid="message-state">
        {entry.refused !== null
          ? t('messages.state.refused', { reason: entry.refused })
          : t('messages.state.waiting')}
      </p>
      {entry.guidance && (
        <p class="notice notice-bad" role="alert">
          {protocolText(entry.guidance, locale)}
        </p>
      )}
    </li>
  );
}

/** The conversation, newest at the bottom. */
export function ThreadView(props: { entries: readonly ThreadEntry[]; patientId: string }) {
  const { t } = useI18n();
  if (props.entries.length === 0) return <p>{t('messages.empty')}</p>;
  return (
    <ol class="thread" aria-label={t('messages.title')}>
      {props.entries.map((entry) =>
        entry.kind === 'stored' ? (
          <StoredMessage key={entry.message.id} message={entry.message} patientId={props.patientId} />
        ) : (
          <WaitingMessage key={entry.clientId} entry={entry} />
        ),
      )}
    </ol>
  );
}
