import type { ComponentChildren } from 'preact';
import { navigate } from '../router.js';

/**
 * An ordinary link that moves within the app without reloading it; a click with a modifier key (a new
 * tab, a new window) is left to the browser.
 */
export function AppLink(props: {
  href: string;
  class?: string;
  current?: boolean;
  children: ComponentChildren;
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
