import type { ScreensDue } from '@minimus/core';
import { Link } from '../app/shell.js';
import { useI18n } from '../i18n/i18n.js';

/** Questionnaires the engine says are due today, each a link to its page. */
export function DueList(props: { due: ScreensDue }) {
  const { t } = useI18n();
  const { due } = props;
  const items = [
    due.checkIn && { href: '/check-in', label: t('checkIn.title') },
    (due.redFlagScreen || due.tendinopathyScreen || due.healthChange || due.historyScreen) && {
      href: '/re-screen',
      label: t('reScreen.title'),
    },
    due.psfs && { href: '/psfs', label: t('psfs.due') },
  ].filter((item): item is { href: string; label: string } => Boolean(item));
  if (items.length === 0) return null;
  return (
    <section class="due" aria-labelledby="due-title">
      <h2 id="due-title">{t('today.due')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} class="button secondary">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
