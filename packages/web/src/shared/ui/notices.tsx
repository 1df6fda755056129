import { NetworkError } from '../api/client.js';
import { useSharedI18n } from '../i18n/shared-i18n.js';

export function Loading() {
  const { t } = useSharedI18n();
  return (
    <p class="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function ErrorNotice(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useSharedI18n();
  const message =
    props.error instanceof NetworkError
      ? t('common.offlineNoData')
      : t('common.error', {
          message: props.error instanceof Error ? props.error.message : String(props.error),
        });
  return (
    <div class="notice notice-bad" role="alert">
      <p>{message}</p>
      {props.onRetry && (
        <button type="button" class="button secondary" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
