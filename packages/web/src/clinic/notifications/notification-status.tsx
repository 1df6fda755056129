import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { fetchNotificationStatus } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';

/** For the admin: which channels are on, and the latest deliveries and failures (never their content). */
export function NotificationStatusPanel() {
  const { t, locale } = useClinicI18n();
  const [state, reload] = useAsync('notification-status', fetchNotificationStatus);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section class="panel" aria-labelledby="notification-status">
      <h2 id="notification-status">{t('channels.title')}</h2>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.kind === 'ready' && (
        <>
          <ul>
            <li data-testid="channel-email">
              {state.value.channels.email ? t('channels.emailOn') : t('channels.emailOff')}
            </li>
            <li data-testid="channel-push">
              {state.value.channels.push ? t('channels.pushOn') : t('channels.pushOff')}
            </li>
          </ul>
          {state.value.recent.length === 0 ? (
            <p>{t('channels.none')}</p>
          ) : (
            <table>
              <caption>{t('channels.recent')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('channels.when')}</th>
                  <th scope="col">{t('channels.kind')}</th>
                  <th scope="col">{t('channels.channel')}</th>
                  <th scope="col">{t('channels.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {state.value.recent.map((row) => (
                  <tr key={`${row.at}-${row.kind}-${row.channel}`}>
                    <td>{time.format(new Date(row.at))}</td>
                    <td>{row.kind}</td>
                    <td>{row.channel}</td>
                    <td>
                      {row.status === 'failed'
                        ? `${t('channels.failed')} (${row.detail ?? ''})`
                        : row.status === 'sent'
                          ? t('channels.sent')
                          : t('channels.sending')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
