import { useEffect, useId, useRef } from 'react';

/**
 * The question before a destructive action, in place of the button that asked for it: it takes the
 * focus (that button is gone), names what will happen, and offers to go ahead or to keep things as they are.
 */
export function ConfirmAction(props: {
  question: string;
  confirm: string;
  keep: string;
  onConfirm: () => void;
  onKeep: () => void;
}) {
  const first = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="notice notice-bad" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{props.question}</p>
      <p class="actions">
        <button
          ref={first}
          type="button"
          class="button danger"
          aria-describedby={questionId}
          onClick={props.onConfirm}
        >
          {props.confirm}
        </button>
        <button type="button" class="button secondary" onClick={props.onKeep}>
          {props.keep}
        </button>
      </p>
    </div>
  );
}
