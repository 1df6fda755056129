import {
  type Condition,
  FIGURE_WORDS,
  type FigureChoice,
  figureFrame,
  figureMoments,
  figureStage,
  holdMoment,
  isFigureId,
  type PlannedExercise,
  renderText,
  repMoment,
} from '@minimus/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { DEFAULT_TIMING, type PlayerDose, type PlayerState } from '../player/machine.js';
import { FigureSvg, prefersReducedMotion } from './figure-svg.js';

/**
 * Where the figure is for a player state `elapsed` seconds after it arrived: one loop per counted
 * rep at the player's tempo, a hold held while its timer runs, the start position between them.
 */
function momentOf(choice: FigureChoice, state: PlayerState, dose: PlayerDose, elapsed: number): number {
  const stage = figureStage(choice);
  const remaining = Math.max(0, state.remainingSeconds - elapsed);
  if (state.phase === 'move') return repMoment(stage, state.rep, 1 - remaining / DEFAULT_TIMING.repSeconds);
  if (state.phase === 'hold' && dose.holdSeconds)
    return holdMoment(stage, dose.holdSeconds - remaining, dose.holdSeconds);
  if (state.phase === 'idle' || state.phase === 'pain' || state.phase === 'done')
    return figureMoments(stage).end;
  return 0;
}

/**
 * Seconds since the player's state last changed, advanced each animation frame unless `still` or
 * paused. A time measured for an earlier state counts as none, so a pause shows at once.
 */
function useElapsed(state: PlayerState, still: boolean): number {
  const [elapsed, setElapsed] = useState({ state, seconds: 0 });
  useEffect(() => {
    if (still || state.paused) return;
    const started = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      setElapsed({ state, seconds: (now - started) / 1000 });
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [state, still]);
  return elapsed.state === state && !state.paused && !still ? elapsed.seconds : 0;
}

/**
 * The exercise's figure in the player, in time with it: it moves only while a rep or a hold runs, stops
 * when the player pauses, and under reduced motion shows the end position still. It counts the reps it
 * has shown (a rep counts once the figure passes the end of the movement), for the page and its tests.
 */
export function PlayerFigure(props: {
  figure: string;
  planned: PlannedExercise;
  condition: Condition;
  side: 'left' | 'right';
  state: PlayerState;
  dose: PlayerDose;
  /** The exercise's name, for the figure's text alternative. */
  name: string;
}) {
  const { locale } = useI18n();
  const { planned, state, dose } = props;
  const choice = useMemo<FigureChoice | null>(
    () =>
      isFigureId(props.figure)
        ? {
            figure: props.figure,
            variant: planned.prescription.variant,
            loadKind: planned.prescription.loadKind,
            condition: props.condition,
          }
        : null,
    [props.figure, planned, props.condition],
  );
  const still = prefersReducedMotion();
  const elapsed = useElapsed(state, still);
  const shown = useRef(new Set<string>());
  if (!choice) return null;
  const moment = still ? figureMoments(figureStage(choice)).end : momentOf(choice, state, dose, elapsed);
  const remaining = state.remainingSeconds - elapsed;
  const pastHalf =
    (state.phase === 'move' && remaining <= DEFAULT_TIMING.repSeconds / 2) ||
    (state.phase === 'hold' && remaining <= (dose.holdSeconds ?? 0) / 2);
  if (pastHalf && !state.paused) shown.current.add(`${state.set}:${state.rep}`);
  const frame = figureFrame(choice, moment, props.side, { motionArrow: still || state.phase === 'idle' });
  const caption =
    frame.working === 'both'
      ? FIGURE_WORDS.workingBoth[locale]
      : renderText(FIGURE_WORDS.working, locale, frame.working);
  return (
    <div
      class="player-figure"
      data-figure={choice.figure}
      data-side={props.side}
      data-moment={moment.toFixed(3)}
      data-reps-shown={shown.current.size}
    >
      <FigureSvg frame={frame} label={`${props.name}. ${caption}`} />
      <p class="figure-caption">{caption}</p>
    </div>
  );
}
