import { LineIcon } from './line-icon.js';

/** Icons for actions: 20 px line drawings in the button's text colour, hidden from screen readers. */
const PATHS = {
  start: 'M7 4.5v15l12-7.5z',
  morning:
    'M12 17a5 5 0 1 0 0-10 5 5 0 0 0 0 10zM12 2v2M12 20v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M2 12h2M20 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4',
  safety: 'M12 3l8 3v6c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V6zM9 12l2 2 4-4',
  activities: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
  addPerson: 'M10 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c0-4 3.6-6 8-6s8 2 8 6M19 8v6M16 11h6',
  download: 'M12 3v12M7 10l5 5 5-5M4 20h16',
} as const;

export type ActionIconName = keyof typeof PATHS;

export function ActionIcon(props: { name: ActionIconName }) {
  return <LineIcon path={PATHS[props.name]} size={20} class="action-icon" />;
}
