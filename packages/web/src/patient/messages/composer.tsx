import { MAX_MESSAGE_CHARACTERS } from '@minimus/contract/limits';
import { useState } from 'react';
import { newClientId } from '../../shared/dates.js';
import { useI18n } from '../i18n/i18n.js';
import { enqueue } from '../offline/sync.js';
import { encodePhoto } from './photo-encoding.js';

type PhotoState =
  | { kind: 'none' }
  | { kind: 'ready'; base64: string }
  | { kind: 'problem'; key: 'too-big' | 'unreadable' };

/**
 * Writing a message: it goes into the outbox with its client id first (so it survives a closed app or
 * no connection) and is sent from there once, like a log.
 */
export function Composer(props: { patientId: string; onQueued: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<PhotoState>({ kind: 'none' });
  const [empty, setEmpty] = useState(false);
  const send = async () => {
    const trimmed = text.trim();
    if (trimmed.length === 0 && photo.kind !== 'ready') return setEmpty(true);
    const clientId = newClientId();
    await enqueue(props.patientId, 'messages', {
      clientId,
      text: trimmed,
      ...(photo.kind === 'ready' ? { photo: photo.base64 } : {}),
    });
    setText('');
    setPhoto({ kind: 'none' });
    setEmpty(false);
    props.onQueued();
  };
  return (
    <form
      class="composer stack"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <label for="message-text">{t('messages.label')}</label>
      <textarea
        id="message-text"
        rows={3}
        maxLength={MAX_MESSAGE_CHARACTERS}
        value={text}
        aria-describedby="message-count"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id="message-count" class="hint">
        {t('messages.counter', { count: text.length, max: MAX_MESSAGE_CHARACTERS })}
      </p>
      <PhotoPicker photo={photo} onChange={setPhoto} />
      {empty && (
        <p class="notice notice-bad" role="alert">
          {t('messages.writeSomething')}
        </p>
      )}
      <button type="submit" class="button primary">
        {t('messages.send')}
      </button>
    </form>
  );
}

function PhotoPicker(props: { photo: PhotoState; onChange: (photo: PhotoState) => void }) {
  const { t } = useI18n();
  const { photo } = props;
  if (photo.kind === 'ready') {
    return (
      <p class="photo-attached">
        <span>{t('messages.photoAttached')}</span>{' '}
        <button type="button" class="button link" onClick={() => props.onChange({ kind: 'none' })}>
          {t('messages.photoRemove')}
        </button>
      </p>
    );
  }
  return (
    <>
      <label class="button secondary photo-pick">
        {t('messages.photo')}
        <input
          type="file"
          accept="image/*"
          class="visually-hidden"
          data-testid="message-photo"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            const encoded = await encodePhoto(file);
            props.onChange(encoded.kind === 'ready' ? encoded : { kind: 'problem', key: encoded.kind });
          }}
        />
      </label>
      {photo.kind === 'problem' && (
        <p class="notice notice-bad" role="alert">
          {t(photo.key === 'too-big' ? 'messages.photoTooBig' : 'messages.photoUnreadable')}
        </p>
      )}
    </>
  );
}
