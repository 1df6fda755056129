import type { ComponentChildren } from 'preact';
import { navigate } from '../../shared/router.js';

/** An ordinary link that moves within the clinician app without reloading it. */
export function ClinicLink(props: {
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
