/**
 * A line drawing on a 24-unit grid in the text colour, hidden from screen readers: the words beside it
 * say what it means.
 */
export function LineIcon(props: { path: string; size: number; class: string }) {
  return (
    <svg
      class={props.class}
      viewBox="0 0 24 24"
      width={props.size}
      height={props.size}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={props.path}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
