import type { InvitationLink } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';

/** The one-time link and its QR code, for the patient to scan from the therapist's screen. */
export function InvitationCard(props: { name: string; invitation: InvitationLink }) {
  const { t, locale } = useClinicI18n();
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(props.invitation.expiresAt),
  );
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(props.invitation.qrSvg)}`;
  return (
    <section class="invitation-card" aria-label={t('invite.linkFor', { name: props.name })}>
      <h3>{t('invite.linkFor', { name: props.name })}</h3>
      <img src={qr} width={180} height={180} alt={t('invite.qrAlt', { name: props.name })} />
      <label class="field">
        <span>{t('invite.link')}</span>
        <input type="text" readOnly value={props.invitation.url} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p class="hint">{t('invite.expires', { date: expires })}</p>
    </section>
  );
}
