import type { ComponentChildren } from 'preact';
import type { Me } from '../shared/api/account.js';
import { LanguageSwitch } from '../shared/ui/language-switch.js';
import { useClinicI18n } from './i18n/i18n.js';
import { CLINIC_BASE } from './routes.js';
import { ClinicLink } from './ui/clinic-link.js';

/** Header with the clinic's navigation (patients for therapists, accounts and audit for admins). */
export function ClinicShell(props: {
  page: string;
  me: Me | null;
  onSignOut: () => void;
  children: ComponentChildren;
}) {
  const { t } = useClinicI18n();
  const role = props.me?.user.role;
  const nav = [
    { name: 'patients', href: CLINIC_BASE, label: t('nav.patients'), show: role !== undefined },
    {
      name: 'monitoring',
      href: `${CLINIC_BASE}/monitoring`,
      label: t('nav.monitoring'),
      show: role !== undefined,
    },
    { name: 'therapists', href: `${CLINIC_BASE}/admin`, label: t('nav.therapists'), show: role === 'admin' },
    { name: 'audit', href: `${CLINIC_BASE}/audit`, label: t('nav.audit'), show: role === 'admin' },
    { name: 'account', href: `${CLINIC_BASE}/account`, label: t('nav.account'), show: role !== undefined },
  ].filter((item) => item.show);
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="clinic-top">
        <span class="brand">{t('app.name')}</span>
        {nav.length > 0 && (
          <nav aria-label={t('nav.main')}>
            <ul class="clinic-nav">
              {nav.map((item) => (
                <li key={item.name}>
                  <ClinicLink href={item.href} current={props.page === item.name}>
                    {item.label}
                  </ClinicLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <span class="clinic-top-end">
          {props.me && <span class="who">{props.me.user.name}</span>}
          <LanguageSwitch />
          {props.me && (
            <button type="button" class="button link" onClick={props.onSignOut}>
              {t('signOut')}
            </button>
          )}
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
