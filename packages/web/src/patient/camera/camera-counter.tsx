import type { CameraRule, Side } from '@minimus/core';
import { useEffect, useRef, useState } from 'react';
import { say } from '../player/cues.js';
import { protocolText } from '../ui/protocol-text.js';
import type { CameraSet } from './camera-log.js';
import { useCameraWords } from './camera-words.js';
import { type CameraCounterView, useCameraCounter } from './use-camera-counter.js';

const roundAngles = (peaks: readonly number[]) => peaks.map((peak) => Math.round(peak));

function StatusLine(props: { view: CameraCounterView }) {
  const { t } = useCameraWords();
  const words: Record<CameraCounterView['status'], string> = {
    off: '',
    loading: t('loading'),
    looking: t('lookingForYou'),
    settling: t('keepStill'),
    counting: t('counting'),
    'no-camera': t('unavailable'),
    failed: t('failed'),
  };
  return (
    <p class="notice" role="status" data-testid="camera-status" data-status={props.view.status}>
      {words[props.view.status]}
    </p>
  );
}

function LiveCount(props: { view: CameraCounterView; rule: CameraRule; side: Side | 'both' }) {
  const { t, locale } = useCameraWords();
  const { view } = props;
  const cues = props.rule.formRules.filter((rule) => view.cues.includes(rule.check));
  return (
    <div class="stack">
      <p class="countdown-seconds" data-testid="camera-count" data-reps={view.reps}>
        {t('reps', { count: view.reps })}
      </p>
      <p data-testid="camera-held">{t('held', { seconds: view.heldSeconds })}</p>
      {view.peaks.length > 0 && (
        <p data-testid="camera-peaks" data-peaks={view.peaks.map((peak) => peak.toFixed(1)).join(' ')}>
          {t('peaks', { angles: roundAngles(view.peaks).join('°, ') })}°
        </p>
      )}
      {cues.map((rule) => (
        <p key={rule.check} class="notice" data-testid="camera-cue">
          {protocolText(rule.cue, locale, props.side)}
        </p>
      ))}
    </div>
  );
}

/** The patient checks (and may correct) what the camera counted before it goes into the log. */
function Review(props: { sets: readonly CameraSet[]; onSave: (reps: number[]) => void }) {
  const { t } = useCameraWords();
  const [reps, setReps] = useState(props.sets.map((set) => set.reps));
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(reps);
      }}
    >
      <h3>{t('review')}</h3>
      <p>{t('reviewNote')}</p>
      {reps.map((value, index) => (
        <label key={index}>
          {t('setReps', { set: index + 1 })}
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={500}
            value={value}
            onInput={(event) => {
              const next = Number.parseInt((event.target as HTMLInputElement).value, 10);
              setReps(
                reps.map((old, at) => (at === index ? (Number.isFinite(next) ? Math.max(0, next) : 0) : old)),
              );
            }}
          />
        </label>
      ))}
      <button type="submit" class="button primary big">
        {t('save')}
      </button>
    </form>
  );
}

/** Speaks each new count and each new form cue once; nothing is said while the sound is off. */
function useSpokenCounts(view: CameraCounterView, rule: CameraRule, side: Side | 'both', sound: boolean) {
  const { locale } = useCameraWords();
  const said = useRef({ reps: 0, cues: 0 });
  useEffect(() => {
    if (view.reps < said.current.reps || view.cues.length < said.current.cues)
      said.current = { reps: 0, cues: 0 };
    if (sound && view.reps > said.current.reps) say(String(view.reps), locale);
    const cue = rule.formRules.find((formRule) => formRule.check === view.cues[said.current.cues]);
    if (sound && cue && view.cues.length > said.current.cues)
      say(protocolText(cue.cue, locale, side), locale);
    said.current = { reps: view.reps, cues: view.cues.length };
  }, [view.reps, view.cues, rule, side, sound, locale]);
}

/**
 * Counting an exercise with the phone's camera, set by set: where to put the phone, the live count,
 * hold time and peak angles, then a check of the counts before they fill the log.
 */
export function CameraCounter(props: {
  rule: CameraRule;
  sets: number;
  side: Side | 'both';
  sound: boolean;
  onCounted: (sets: readonly CameraSet[], reps: readonly number[]) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useCameraWords();
  const { video, view, start, stop, newSet } = useCameraCounter(props.rule);
  const [done, setDone] = useState<readonly CameraSet[]>([]);
  const reviewing = done.length >= props.sets;
  useSpokenCounts(view, props.rule, props.side, props.sound);
  useEffect(() => {
    void start();
  }, [start]);
  const finishSet = () => {
    const sets = [...done, { reps: view.reps, peakDegrees: view.peaks }];
    setDone(sets);
    if (sets.length >= props.sets) stop();
    else newSet();
  };
  if (reviewing) return <Review sets={done} onSave={(reps) => props.onCounted(done, reps)} />;
  return (
    <section class="stack" data-testid="camera-counter" aria-label={t('offer')}>
      <p>{protocolText(props.rule.placement, locale, props.side)}</p>
      {/* The picture is shown to the patient only; no frame is stored or sent. */}
      <video
        ref={video}
        style={{ width: '100%', maxHeight: '40vh', background: '#000' }}
        muted
        playsInline
        aria-label={t('preview')}
      />
      <StatusLine view={view} />
      <p data-testid="camera-set">{t('setOf', { set: done.length + 1, sets: props.sets })}</p>
      {view.status === 'counting' && <LiveCount view={view} rule={props.rule} side={props.side} />}
      <div class="controls">
        {(view.status === 'counting' || done.length > 0) && (
          <button type="button" class="button primary big" onClick={finishSet}>
            {t('setDone')}
          </button>
        )}
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            stop();
            props.onCancel();
          }}
        >
          {t('useTimer')}
        </button>
      </div>
    </section>
  );
}
