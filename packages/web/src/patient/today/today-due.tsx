import type { ScreensDue } from '@minimus/core';
import { ActionIcon, type ActionIconName } from '../../shared/ui/action-icon.js';
import { Link } from '../app/shell.js';
import { useI18n } from '../i18n/i18n.js';

/** Questionnaires the engine says are due today, each a link to its page. */
export function DueList(props: { due: ScreensDue }) {
  const { t } = useI18n();
  const { due } = props;
  const items: (false | { href: string; label: string; icon: ActionIconName })[] = [
    due.checkIn && { href: '/check-in', label: t('checkIn.title'), icon: 'morning' },
    (due.redFlagScreen || due.tendinopathyScreen || due.healthChange || due.historyScreen) && {
      href: '/re-screen',
      label: t('reScreen.title'),
      icon: 'safety',
    },
    due.fallsScreen &&
      !(due.redFlagScreen || due.tendinopathyScreen || due.healthChange || due.historyScreen) && {
        href: '/re-screen',
        label: t('falls.due'),
        icon: 'safety',
      },
    due.maintenanceCheckIn && { href: '/re-screen', label: t('checkInAfter.due'), icon: 'safety' },
    due.psfs && { href: '/psfs', label: t('psfs.due'), icon: 'activities' },
  ];
  const shown = items.filter((item) => item !== false);
  if (shown.length === 0) return null;
  return (
    <section class="due" aria-labelledby="due-title">
      <h2 id="due-title">{t('today.due')}</h2>
      <ul>
        {shown.map((item) => (
          <li key={item.label}>
            <Link href={item.href} class="button secondary">
              <ActionIcon name={item.icon} />
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
