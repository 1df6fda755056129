import { type ChannelStatus, fetchChannels } from '../../shared/api/notifications.js';
import { useAsync } from '../../shared/use-async.js';
import { useClinicI18n } from '../i18n/i18n.js';

/** Which channels the server sends on, read once per page. */
export function useChannels(): ChannelStatus | null {
  const [loaded] = useAsync('notification-channels', fetchChannels);
  return loaded.kind === 'ready' ? loaded.value : null;
}

/**
 * "Also send the link by email", beside the link and QR code; where the server sends no email, the
 * form says so, and that the link or code is to be handed over in person.
 */
export function SendByEmail(props: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useClinicI18n();
  const channels = useChannels();
  if (!channels) return null;
  if (!channels.email) return <p class="hint">{t('invite.emailOff')}</p>;
  return (
    <label class="field-inline">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>{t('invite.sendEmail')}</span>
    </label>
  );
}

/** Under an invitation card: whether the link also went by email. */
export function EmailedNote(props: { emailed: boolean }) {
  const { t } = useClinicI18n();
  return props.emailed ? <p class="notice notice-good">{t('invite.emailed')}</p> : null;
}
