/**
 * The Minimus mark, as the app icon draws it (public/icons/icon.svg): a figure lying on its side
 * lifting the top leg, the movement the program builds towards. Decorative beside the name.
 */
export function LogoMark(props: { size?: number }) {
  const size = props.size ?? 28;
  return (
    <svg
      class="logo-mark"
      viewBox="0 0 512 512"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <rect width="512" height="512" rx="112" fill="currentColor" />
      <g
        fill="none"
        stroke="var(--logo-ink, #fff)"
        stroke-width="34"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d="M118 372 L254 322 L398 356" />
        <path d="M254 322 L392 234" />
        <path d="M118 372 L200 286 L146 236" />
      </g>
      <circle cx="104" cy="300" r="40" fill="var(--logo-ink, #fff)" />
      <path d="M88 420 H424" stroke="#9fd8c6" stroke-width="22" stroke-linecap="round" />
    </svg>
  );
}
