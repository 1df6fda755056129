import { type PainRules, trafficLight } from '@minimus/core';
import { useI18n } from '../i18n/i18n.js';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A 0-10 pain question as large radio buttons coloured by the pain guide (green, amber, red), with the
 * guide's words beside the colours so the colour is never the only cue.
 */
export function PainScale(props: {
  name: string;
  legend: string;
  value: number | null;
  rules: PainRules['trafficLight'];
  onChange: (painScore: number) => void;
}) {
  const { t } = useI18n();
  const hintId = `${props.name}-hint`;
  const light = props.value === null ? null : trafficLight(props.value, props.rules);
  return (
    <fieldset class="pain" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <p id={hintId} class="hint">
        {t('pain.scale')}
      </p>
      <div class="pain-options">
        {SCORES.map((score) => (
          <label key={score} class={`pain-option pain-${trafficLight(score, props.rules)}`}>
            <input
              type="radio"
              name={props.name}
              value={score}
              checked={props.value === score}
              onChange={() => props.onChange(score)}
            />
            <span>{score}</span>
          </label>
        ))}
      </div>
      {light && (
        <p class={`pain-meaning status status-${light}`} aria-live="polite">
          {t(`pain.${light}`)}
        </p>
      )}
    </fieldset>
  );
}
