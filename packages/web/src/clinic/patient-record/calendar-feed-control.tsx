import { useEffect, useRef, useState } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { createCalendarFeed } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { fetchCalendarFeed, revokeCalendarFeed } from '../records-api.js';
import { formatTimestamp } from '../ui/format.js';

/** The feed's state on the server, the link just made (shown once) and the create and revoke actions. */
function useCalendarFeed(patientId: string) {
  const [state, reload] = useAsync(`feed:${patientId}`, () => fetchCalendarFeed(patientId));
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = (work: () => Promise<void>) => () => {
    setError(null);
    work().then(reload, setError);
  };
  const create = act(async () => {
    setUrl((await createCalendarFeed(patientId)).url);
    setRevoked(false);
  });
  const revoke = act(async () => {
    await revokeCalendarFeed(patientId);
    setUrl(null);
    setConfirming(false);
    setRevoked(true);
  });
  return { state, reload, url, confirming, setConfirming, revoked, error, create, revoke };
}

/**
 * The patient's calendar-feed link: whether one works, a new one (the old stops), and revoking it after a
 * confirmation. The link is shown once, when made: the server keeps only its hash.
 */
export function CalendarFeedControl(props: { patientId: string }) {
  const { t } = useClinicI18n();
  const feed = useCalendarFeed(props.patientId);
  const { state } = feed;
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') return <ErrorNotice error={state.error} onRetry={feed.reload} />;
  const { active } = state.value;
  return (
    <div class="stack calendar-feed">
      <h3>{t('feed.title')}</h3>
      <FeedState createdAt={state.value.createdAt} revoked={feed.revoked} />
      <p class="hint">{t('exports.calendarHint')}</p>
      {feed.url && (
        <label class="field">
          <span>{t('exports.calendarUrl')}</span>
          <input type="text" readOnly value={feed.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <p class="actions">
        <button type="button" class="button secondary" onClick={feed.create}>
          {active ? t('feed.replace') : t('exports.calendar')}
        </button>
        {active && !feed.confirming && (
          <button type="button" class="button secondary" onClick={() => feed.setConfirming(true)}>
            {t('feed.revoke')}
          </button>
        )}
      </p>
      {active && feed.confirming && (
        <ConfirmRevoke onRevoke={feed.revoke} onKeep={() => feed.setConfirming(false)} />
      )}
      {feed.error !== null && <ErrorNotice error={feed.error} />}
    </div>
  );
}

function FeedState(props: { createdAt: string | null; revoked: boolean }) {
  const { t, locale } = useClinicI18n();
  return (
    <p role="status">
      {props.createdAt
        ? t('feed.active', { at: formatTimestamp(props.createdAt, locale) })
        : props.revoked
          ? t('feed.revoked')
          : t('feed.none')}
    </p>
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
