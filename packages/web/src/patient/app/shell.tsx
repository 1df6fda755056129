import type { ComponentChildren } from 'preact';
import { useContext, useEffect } from 'react';
import { AppLink } from '../../shared/ui/app-link.js';
import { LanguageSwitch } from '../../shared/ui/language-switch.js';
import { LogoMark } from '../../shared/ui/logo.js';
import { useI18n } from '../i18n/i18n.js';
import { useUnread, watchUnread } from '../messages/unread.js';
import { SyncBadge } from '../ui/sync-badge.js';
import { TabIcon } from '../ui/tab-icons.js';
import { SessionContext } from './session.js';

const NAV = [
  { path: '/', key: 'nav.today', icon: 'today' },
  { path: '/progress', key: 'nav.progress', icon: 'progress' },
  { path: '/messages', key: 'nav.messages', icon: 'messages' },
  { path: '/learn', key: 'nav.learn', icon: 'learn' },
  { path: '/settings', key: 'nav.settings', icon: 'settings' },
] as const;

/** The count of the therapist's messages not read yet, on the Messages tab. */
function UnreadBadge() {
  const { t } = useI18n();
  const session = useContext(SessionContext);
  const patientId = session?.patientId ?? null;
  useEffect(() => (patientId ? watchUnread(patientId) : undefined), [patientId]);
  const unread = useUnread();
  if (unread === 0) return null;
  return (
    <span class="tab-badge" data-testid="unread-badge">
      <span aria-hidden="true">{unread}</span>
      <span class="visually-hidden">{t('nav.unread', { count: unread })}</span>
    </span>
  );
}

/** An ordinary link that moves within the patient app without reloading it. */
export const Link = AppLink;

/** Header with the sync state and language, the page, and the bottom navigation when signed in. */
export function Shell(props: { path: string; signedIn: boolean; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <span class="brand">
          <LogoMark />
          <span class="brand-name">{t('app.name')}</span>
        </span>
        {props.signedIn && <SyncBadge />}
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
      {props.signedIn && (
        <nav class="bottom" aria-label={t('nav.main')}>
          {NAV.map((item) => (
            <Link key={item.path} href={item.path} current={props.path === item.path}>
              <TabIcon name={item.icon} />
              <span>{t(item.key)}</span>
              {item.icon === 'messages' && <UnreadBadge />}
            </Link>
          ))}
        </nav>
      )}
    </>
  );
}
