import type { ComponentChildren } from 'preact';

/** What an empty place is waiting for, drawn beside the words that say it. */
export type EmptyPicture = 'chart' | 'people' | 'checklist' | 'notebook';

const STROKE = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 3,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

/** Line drawings in the brand's colour on a tinted disc; decorative, so hidden from screen readers. */
function Picture(props: { name: EmptyPicture }) {
  const shapes: Record<EmptyPicture, ComponentChildren> = {
    chart: (
      <>
        <path {...STROKE} d="M22 20 V58 H62" />
        <path {...STROKE} stroke-dasharray="4 5" d="M26 50 L38 42 L48 46 L60 30" />
        <circle cx="60" cy="30" r="4" fill="currentColor" />
      </>
    ),
    people: (
      <>
        <circle {...STROKE} cx="32" cy="30" r="7" />
        <path {...STROKE} d="M20 56 C20 44 44 44 44 56" />
        <path {...STROKE} d="M54 34 V50 M46 42 H62" />
      </>
    ),
    checklist: (
      <>
        <rect {...STROKE} x="22" y="18" width="36" height="44" rx="5" />
        <path {...STROKE} d="M29 32 L33 36 L40 28 M29 48 H51 M44 34 H51" />
      </>
    ),
    notebook: (
      <>
        <path {...STROKE} d="M26 18 H54 A4 4 0 0 1 58 22 V58 A4 4 0 0 1 54 62 H26 Z" />
        <path {...STROKE} d="M34 18 V62 M40 30 H52 M40 40 H52" />
      </>
    ),
  };
  return (
    <svg
      class="empty-picture"
      viewBox="0 0 80 80"
      width="64"
      height="64"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="40" cy="40" r="38" class="empty-disc" />
      {shapes[props.name]}
    </svg>
  );
}

/**
 * A place with nothing in it yet (no data, no patients, no alerts): a small drawing and what the
 * person can expect or do, instead of a bare sentence.
 */
export function EmptyState(props: { picture: EmptyPicture; children: ComponentChildren }) {
  return (
    <div class="empty-state">
      <Picture name={props.picture} />
      <p>{props.children}</p>
    </div>
  );
}
