import { useI18n } from '../i18n/i18n.js';
import { syncNow, useSyncState } from '../offline/sync.js';

/** Always visible: whether everything logged has reached the server. */
export function SyncBadge() {
  const { t } = useI18n();
  const sync = useSyncState();
  const label = sync.syncing
    ? t('sync.syncing')
    : sync.failed > 0
      ? t('sync.failed', { count: sync.failed })
      : !sync.online
        ? sync.pending > 0
          ? t('sync.offline', { count: sync.pending })
          : t('sync.offlineNothing')
        : sync.pending > 0
          ? t('sync.pending', { count: sync.pending })
          : t('sync.synced');
  const tone = sync.failed > 0 ? 'bad' : sync.pending > 0 || !sync.online ? 'wait' : 'ok';
  return (
    <button
      type="button"
      class={`sync sync-${tone}`}
      data-testid="sync-status"
      data-pending={sync.pending}
      aria-live="polite"
      aria-label={`${t('sync.label')}: ${label}`}
      onClick={() => void syncNow()}
    >
      <span aria-hidden="true" class="sync-dot" />
      {label}
    </button>
  );
}
