import { useEffect, useRef, useState } from 'react';
import { useAsync } from '../../app/use-async.js';
import { ErrorNotice, Loading } from '../../ui/notices.js';
import { createCalendarFeed } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { fetchCalendarFeed, revokeCalendarFeed } from '../records-api.js';
import { formatTimestamp } from '../ui/format.js';

/**
 * The patient's calendar-feed link: whether one works, a new one (the old stops), and revoking it after a
 * confirmation. The link is shown once, when made: the server keeps only its hash.
 */
export function CalendarFeedControl(props: { patientId: string }) {
  const { t, locale } = useClinicI18n();
  const [state, reload] = useAsync(`feed:${props.patientId}`, () => fetchCalendarFeed(props.patientId));
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = (work: () => Promise<void>) => () => {
    setError(null);
    work().then(reload, setError);
  };
  const create = act(async () => {
    setUrl((await createCalendarFeed(props.patientId)).url);
    setRevoked(false);
  });
  const revoke = act(async () => {
    await revokeCalendarFeed(props.patientId);
    setUrl(null);
    setConfirming(false);
    setRevoked(true);
  });
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') return <ErrorNotice error={state.error} onRetry={reload} />;
  const feed = state.value;
  return (
    <div class="stack calendar-feed">
      <h3>{t('feed.title')}</h3>
      <p role="status">
        {feed.active && feed.createdAt
          ? t('feed.active', { at: formatTimestamp(feed.createdAt, locale) })
          : revoked
            ? t('feed.revoked')
            : t('feed.none')}
      </p>
      <p class="hint">{t('exports.calendarHint')}</p>
      {url && (
        <label class="field">
          <span>{t('exports.calendarUrl')}</span>
          <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <p class="actions">
        <button type="button" class="button secondary" onClick={create}>
          {feed.active ? t('feed.replace') : t('exports.calendar')}
        </button>
        {feed.active && !confirming && (
          <button type="button" class="button secondary" onClick={() => setConfirming(true)}>
            {t('feed.revoke')}
          </button>
        )}
      </p>
      {feed.active && confirming && <ConfirmRevoke onRevoke={revoke} onKeep={() => setConfirming(false)} />}
      {error !== null && <ErrorNotice error={error} />}
    </div>
  );
}

/** The question before revoking; it takes the focus, as the button that opened it is gone. */
function ConfirmRevoke(props: { onRevoke: () => void; onKeep: () => void }) {
  const { t } = useClinicI18n();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="notice notice-bad">
      <p id="feed-confirm">{t('feed.confirm')}</p>
      <p class="actions">
        <button
          ref={first}
          type="button"
          class="button primary"
          aria-describedby="feed-confirm"
          onClick={props.onRevoke}
        >
          {t('feed.confirmRevoke')}
        </button>
        <button type="button" class="button secondary" onClick={props.onKeep}>
          {t('feed.keep')}
        </button>
      </p>
    </div>
  );
}
