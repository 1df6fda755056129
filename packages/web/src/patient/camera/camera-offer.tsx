import type { CameraRule, Side } from '@minimus/core';
import { lazy, Suspense } from 'react';
import type { CameraSet } from './camera-log.js';
import { useCameraWords } from './camera-words.js';

export type { CameraSet } from './camera-log.js';

// The counter (and, through it, the pose model) is its own chunk: nothing of it rides on the first load.
const CameraCounter = lazy(() =>
  import('./camera-counter.js').then((module) => ({ default: module.CameraCounter })),
);

/**
 * The opt-in "Count with camera" for an exercise whose protocol entry has a camera rule: a button, and
 * once tapped, the counter. The camera is asked for only after that tap.
 */
export function CameraOffer(props: {
  rule: CameraRule;
  sets: number;
  side: Side | 'both';
  sound: boolean;
  on: boolean;
  onToggle: (on: boolean) => void;
  onCounted: (sets: readonly CameraSet[], reps: readonly number[]) => void;
}) {
  const { t } = useCameraWords();
  if (!props.on)
    return (
      <div class="stack">
        <button type="button" class="button secondary" onClick={() => props.onToggle(true)}>
          {t('offer')}
        </button>
        <p class="hint">{t('offerNote')}</p>
      </div>
    );
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <CameraCounter
        rule={props.rule}
        sets={props.sets}
        side={props.side}
        sound={props.sound}
        onCounted={props.onCounted}
        onCancel={() => props.onToggle(false)}
      />
    </Suspense>
  );
}
