import { useEffect, useMemo, useRef } from 'react';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { markThreadRead } from '../api.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { Composer } from '../messages/composer.js';
import { threadEntries } from '../messages/thread-state.js';
import { ThreadView } from '../messages/thread-view.js';
import { loadThread, setUnread } from '../messages/unread.js';
import { useSyncState } from '../offline/sync.js';

/** The patient's conversation with their therapists; readable offline, written through the outbox. */
export function MessagesPage() {
  const { t } = useI18n();
  const { patientId } = usePatientSession();
  const sync = useSyncState();
  // Loaded again whenever the outbox changes (a message queued or sent), so a sent one shows its state.
  const waiting = sync.items.filter((item) => item.kind === 'messages').length;
  const [loaded, reload] = useAsync(`messages:${patientId}:${waiting}`, () => loadThread(patientId));
  const thread = loaded.kind === 'ready' ? loaded.value : null;
  const entries = useMemo(() => threadEntries(thread?.thread ?? null, sync.items), [thread, sync.items]);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => end.current?.scrollIntoView({ block: 'end' }), [entries.length]);
  useEffect(() => {
    if (!thread || thread.fromDevice || thread.thread.unread === 0) return;
    markThreadRead(patientId).then(setUnread, () => undefined);
  }, [thread, patientId]);
  return (
    <section class="stack" data-testid="messages-page">
      <h1>{t('messages.title')}</h1>
      <p>{t('messages.intro')}</p>
      <p class="notice notice-info" data-testid="not-monitored">
        {t('messages.notMonitored')}
      </p>
      {thread?.fromDevice && <p class="hint">{t('messages.offline')}</p>}
      {loaded.kind === 'loading' && <Loading />}
      {loaded.kind === 'failed' && <ErrorNotice error={loaded.error} onRetry={reload} />}
      {loaded.kind !== 'loading' && <ThreadView entries={entries} patientId={patientId} />}
      <div ref={end} />
      <Composer patientId={patientId} onQueued={reload} />
    </section>
  );
}
