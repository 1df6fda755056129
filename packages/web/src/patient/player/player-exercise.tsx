import {
  APP_WORDING,
  type Condition,
  doseInWords,
  type ExerciseDefinition,
  type PlannedExercise,
  type Side,
  sideInWords,
} from '@minimus/core';
import { useCallback, useMemo, useState } from 'react';
import { usePatientSession } from '../app/session.js';
import { CameraOffer, type CameraSet } from '../camera/camera-offer.js';
import { PlayerFigure } from '../figures/player-figure.js';
import { useI18n } from '../i18n/i18n.js';
import { FallsPrecautionNote } from '../today/falls-precaution.js';
import { PainScale } from '../ui/pain-scale.js';
import { protocolText } from '../ui/protocol-text.js';
import { unlockAudio } from './cues.js';
import type { PlayerDose, PlayerState } from './machine.js';
import { usePlayer } from './use-player.js';

export interface ExerciseResult {
  state: PlayerState;
  dose: PlayerDose;
  /** What the camera counted, set by set, when the patient used it. */
  camera?: readonly CameraSet[];
}

function Countdown(props: { state: PlayerState; dose: PlayerDose }) {
  const { t } = useI18n();
  const { state, dose } = props;
  const label = {
    idle: '',
    'get-ready': t('player.getReady'),
    hold: t('player.hold'),
    relax: t('player.relax'),
    move: t('player.move'),
    rest: t('player.rest'),
    pain: '',
    done: '',
  }[state.phase];
  return (
    <div class={`countdown phase-${state.phase}`}>
      <p class="countdown-label">{label}</p>
      <p class="countdown-seconds" aria-hidden="true">
        {Math.max(0, Math.ceil(state.remainingSeconds))}
      </p>
      <p class="counter" data-testid="counter">
        {t('player.set', { set: state.set, sets: dose.sets })}
        {dose.reps !== null && ` · ${t('player.rep', { rep: state.rep, reps: dose.reps })}`}
      </p>
    </div>
  );
}

function Controls(props: {
  state: PlayerState;
  send: (event: Parameters<ReturnType<typeof usePlayer>[1]>[0]) => void;
}) {
  const { t } = useI18n();
  const { state, send } = props;
  if (state.phase === 'idle')
    return (
      <button
        type="button"
        class="button primary big"
        onClick={() => {
          unlockAudio();
          send({ type: 'start' });
        }}
      >
        {t('player.startExercise')}
      </button>
    );
  // Paused, the way back is the main action; running, moving on is.
  return (
    <div class="controls">
      {state.paused && (
        <p class="paused" role="status">
          {t('player.paused')}
        </p>
      )}
      <button
        type="button"
        class={`button ${state.paused ? 'primary' : 'secondary'} big`}
        onClick={() => send({ type: state.paused ? 'resume' : 'pause' })}
      >
        {state.paused ? t('player.resumeTimer') : t('player.pause')}
      </button>
      <button
        type="button"
        class={`button ${state.paused ? 'secondary' : 'primary'} big`}
        onClick={() => send({ type: 'next' })}
      >
        {t('player.skip')}
      </button>
      <button type="button" class="button danger" onClick={() => send({ type: 'stop' })}>
        {t('player.stopEarly')}
      </button>
    </div>
  );
}

/** One pain question (before the session or after an exercise), with the pain guide's colours and words. */
export function PainQuestion(props: { name: string; legend: string; onAnswer: (painScore: number) => void }) {
  const { t } = useI18n();
  const { protocol } = usePatientSession();
  const [pain, setPain] = useState<number | null>(null);
  return (
    <form
      class="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (pain !== null) props.onAnswer(pain);
      }}
    >
      <PainScale
        name={props.name}
        legend={props.legend}
        value={pain}
        rules={protocol.pain.trafficLight}
        onChange={setPain}
      />
      <button type="submit" class="button primary big" disabled={pain === null}>
        {t('common.continue')}
      </button>
    </form>
  );
}

function HowTo(props: { definition: ExerciseDefinition; side: PlannedExercise['side'] }) {
  const { locale, t } = useI18n();
  const { definition, side } = props;
  return (
    <details>
      <summary>{t('player.showSteps')}</summary>
      <p>{protocolText(definition.startPosition, locale, side)}</p>
      <ol>
        {definition.steps.map((step, index) => (
          <li key={index}>{protocolText(step, locale, side)}</li>
        ))}
      </ol>
    </details>
  );
}

/** One exercise of the session: the figure, how to do it, the guided timer, then the pain question. */
export function PlayerExercise(props: {
  planned: PlannedExercise;
  /** The leg of this turn when the exercise is done on each leg (a both-sides program); null otherwise. */
  leg: Side | null;
  definition: ExerciseDefinition;
  condition: Condition;
  initial: PlayerState;
  sound: boolean;
  onProgress: (state: PlayerState) => void;
  onDone: (result: ExerciseResult) => void;
}) {
  const { locale, t } = useI18n();
  const { protocol } = usePatientSession();
  const { planned, definition } = props;
  const dose: PlayerDose = useMemo(() => ({ ...planned.prescription }), [planned]);
  const onChange = useCallback((state: PlayerState) => props.onProgress(state), [props.onProgress]);
  const spokenCues = useMemo(
    () => definition.spokenCues.map((cue) => protocolText(cue, locale, planned.side)),
    [definition, locale, planned.side],
  );
  const legNow = props.leg ? t('player.nowLeg', { leg: sideInWords(props.leg, locale) }) : null;
  const [state, send] = usePlayer(dose, props.initial, onChange, props.sound, spokenCues, legNow);
  const [camera, setCamera] = useState<{ on: boolean; sets?: readonly CameraSet[] }>({ on: false });
  const name = protocolText(definition.name, locale, planned.side);
  const timed = state.phase !== 'pain' && state.phase !== 'done' && !camera.on;
  const cameraRule = dose.reps !== null && dose.holdSeconds === null ? definition.camera : undefined;
  return (
    <article class="stack player" data-exercise={planned.exerciseId} data-phase={state.phase}>
      <h2>{name}</h2>
      {legNow && (
        <p class="leg-now" data-testid="leg-now" data-leg={props.leg}>
          {legNow}
        </p>
      )}
      <p>{doseInWords(planned.prescription, locale, APP_WORDING)}</p>
      <PlayerFigure
        figure={definition.figure}
        planned={planned}
        condition={props.condition}
        side={planned.side === 'left' ? 'left' : 'right'}
        state={state}
        dose={dose}
        name={name}
      />
      <FallsPrecautionNote planned={planned} definition={definition} />
      <HowTo definition={definition} side={planned.side} />
      {timed && state.phase !== 'idle' && <Countdown state={state} dose={dose} />}
      {timed && <Controls state={state} send={send} />}
      {cameraRule && state.phase === 'idle' && (
        <CameraOffer
          rule={cameraRule}
          sets={dose.sets}
          side={planned.side}
          sound={props.sound}
          on={camera.on}
          onToggle={(on) => setCamera({ on })}
          onCounted={(sets, reps) => {
            setCamera({ on: false, sets });
            send({ type: 'counted', sets: reps.map((count) => ({ reps: count, holdSeconds: null })) });
          }}
        />
      )}
      {state.phase === 'pain' && (
        <PainQuestion
          name="exercise-pain"
          legend={t('player.painQuestion')}
          onAnswer={(painScore) => send({ type: 'pain', painScore, rules: protocol.pain })}
        />
      )}
      {state.phase === 'done' && (
        <div class="stack">
          {state.stoppedForToday && (
            <p class="notice notice-bad" role="alert" data-testid="pain-stop">
              {t('player.painStop', { max: protocol.pain.exerciseStopAbove })}
            </p>
          )}
          <button
            type="button"
            class="button primary big"
            onClick={() => props.onDone({ state, dose, ...(camera.sets ? { camera: camera.sets } : {}) })}
          >
            {t('player.nextExercise')}
          </button>
        </div>
      )}
    </article>
  );
}
