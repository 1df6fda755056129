import { MAX_MESSAGE_CHARACTERS } from '@minimus/contract/limits';
import { useEffect, useState } from 'react';
import { newClientId } from '../../shared/dates.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { exportLinks } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import {
  fetchThread,
  type MessageView,
  markThreadRead,
  messagePhotoHref,
  sendReply,
} from '../messages-api.js';

function Message(props: {
  message: MessageView;
  patientId: string;
  ticked: boolean;
  onTick: (ticked: boolean) => void;
}) {
  const { t, locale } = useClinicI18n();
  const { message } = props;
  const fromPatient = message.author === 'patient';
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <li class={`message ${fromPatient ? 'message-other' : 'message-own'}`} data-testid="clinic-message">
      <p class="message-meta">
        {message.authorName} · {when.format(new Date(message.sentAt))}
      </p>
      {message.text && <p class="message-text">{message.text}</p>}
      {message.hasPhoto && (
        <img
          class="message-photo"
          src={messagePhotoHref(props.patientId, message.id)}
          alt={t('messages.photoAlt')}
          loading="lazy"
        />
      )}
      {!fromPatient && <p class="message-state">{t(`messages.state.${message.state}`)}</p>}
      <label class="tick">
        <input
          type="checkbox"
          checked={props.ticked}
          onChange={(event) => props.onTick(event.currentTarget.checked)}
        />{' '}
        {t('messages.includeInSummary')}
      </label>
      {message.safetyNet && (
        <p class="notice notice-bad">
          {t('messages.warningSign', {
            codes: message.safetyNet.codes.join(', '),
            tier: t(`messages.tier.${message.safetyNet.tier}`),
          })}
        </p>
      )}
    </li>
  );
}

function ReplyForm(props: { patientId: string; onSent: () => void }) {
  const { t } = useClinicI18n();
  const [text, setText] = useState('');
  // One client id per reply being written, so pressing Send again after a lost answer stores it once.
  const [clientId, setClientId] = useState(newClientId);
  const [error, setError] = useState<unknown>(null);
  return (
    <form
      class="composer stack"
      onSubmit={async (event) => {
        event.preventDefault();
        if (text.trim().length === 0) return;
        try {
          await sendReply(props.patientId, clientId, text.trim());
          setText('');
          setClientId(newClientId());
          setError(null);
          props.onSent();
        } catch (caught) {
          setError(caught);
        }
      }}
    >
      <label for="reply-text">{t('messages.reply')}</label>
      <textarea
        id="reply-text"
        rows={3}
        maxLength={MAX_MESSAGE_CHARACTERS}
        value={text}
        required
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p class="hint">{t('messages.counter', { count: text.length, max: MAX_MESSAGE_CHARACTERS })}</p>
      {error !== null && <ErrorNotice error={error} />}
      <div>
        <button type="submit" class="button primary">
          {t('messages.send')}
        </button>
      </div>
    </form>
  );
}

function SummaryWithMessages(props: { patientId: string; ids: readonly string[] }) {
  const { t, locale } = useClinicI18n();
  const href = `${exportLinks(props.patientId, locale).physicianSummary}&messages=${props.ids.join(',')}`;
  return (
    <p>
      <a href={href} download data-testid="summary-with-messages">
        {t('messages.summaryWith', { count: props.ids.length })}
      </a>
    </p>
  );
}

/** The patient's thread on their record (therapists): opening it marks the patient's messages read. */
export function MessagesSection(props: { patientId: string }) {
  const { t } = useClinicI18n();
  const [state, reload] = useAsync(`thread:${props.patientId}`, () => fetchThread(props.patientId));
  const unread = state.kind === 'ready' ? state.value.unread : 0;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const tick = (id: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  useEffect(() => {
    if (unread > 0) markThreadRead(props.patientId).catch(() => undefined);
  }, [unread, props.patientId]);
  return (
    <section class="panel stack" aria-labelledby="messages">
      <h2 id="messages">{t('messages.title')}</h2>
      <p class="hint">{t('messages.notMonitored')}</p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.kind === 'ready' &&
        (state.value.messages.length === 0 ? (
          <p>{t('messages.none')}</p>
        ) : (
          <ol class="thread">
            {state.value.messages.map((message) => (
              <Message
                key={message.id}
                message={message}
                patientId={props.patientId}
                ticked={ticked.has(message.id)}
                onTick={(on) => tick(message.id, on)}
              />
            ))}
          </ol>
        ))}
      {ticked.size > 0 && <SummaryWithMessages patientId={props.patientId} ids={[...ticked]} />}
      <ReplyForm patientId={props.patientId} onSent={reload} />
    </section>
  );
}
