import type { ComponentChildren } from 'preact';
import { navigate } from '../../shared/router.js';
import { LanguageSwitch } from '../../shared/ui/language-switch.js';
import { useI18n } from '../i18n/i18n.js';
import { SyncBadge } from '../ui/sync-badge.js';

const NAV = [
  { path: '/', key: 'nav.today' },
  { path: '/progress', key: 'nav.progress' },
  { path: '/learn', key: 'nav.learn' },
  { path: '/settings', key: 'nav.settings' },
] as const;

export function Link(props: {
  href: string;
  class?: string;
  children: ComponentChildren;
  current?: boolean;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props.current ? 'page' : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

/** Header with the sync state and language, the page, and the bottom navigation when signed in. */
export function Shell(props: { path: string; signedIn: boolean; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="top">
        <span class="brand">{t('app.name')}</span>
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
              {t(item.key)}
            </Link>
          ))}
        </nav>
      )}
    </>
  );
}
