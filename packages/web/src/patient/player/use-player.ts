import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { chime, say } from './cues.js';
import {
  type PlayerDose,
  type PlayerEffect,
  type PlayerEvent,
  type PlayerState,
  transition,
} from './machine.js';

const SOUND_KEY = 'minimus.sound';
const TICK_MS = 250;

export function soundPreference(): boolean {
  return localStorage.getItem(SOUND_KEY) !== 'off';
}

export function saveSoundPreference(on: boolean): void {
  localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
}

/**
 * Runs the player machine for one exercise: ticks while the page is open, plays its sounds and words
 * (unless muted), and reports every new state so the session can be saved and resumed.
 */
export function usePlayer(
  dose: PlayerDose,
  initial: PlayerState,
  onChange: (state: PlayerState) => void,
  sound: boolean,
  /** The exercise's own short cues (side already filled in); one is said as each set gets ready. */
  spokenCues: readonly string[] = [],
  /** Said before the first set gets ready, e.g. "Now the left leg" on a both-sides program. */
  opening: string | null = null,
): [PlayerState, (event: PlayerEvent) => void] {
  const { t, locale } = useI18n();
  const [state, setState] = useState(initial);
  const stateRef = useRef(state);
  const play = useCallback(
    (effects: readonly PlayerEffect[], state: PlayerState) => {
      if (!sound) return;
      for (const effect of effects) {
        if (effect.kind === 'chime') chime();
        else if (effect.kind === 'count') say(String(effect.value), locale);
        else if (effect.cue === 'get-ready') {
          const cue = spokenCues[(state.set - 1) % Math.max(1, spokenCues.length)];
          const ready = cue ? `${t('player.getReady')}. ${cue}` : t('player.getReady');
          say(opening && state.set === 1 ? `${opening}. ${ready}` : ready, locale);
        } else if (effect.cue === 'ask-pain') say(t('player.cue.done'), locale);
        else say(t(`player.cue.${effect.cue}`), locale);
      }
    },
    [sound, t, locale, spokenCues, opening],
  );
  const dispatch = useCallback(
    (event: PlayerEvent) => {
      const next = transition(stateRef.current, event, dose);
      if (next.state === stateRef.current) return;
      stateRef.current = next.state;
      setState(next.state);
      onChange(next.state);
      play(next.effects, next.state);
    },
    [dose, onChange, play],
  );
  useEffect(() => {
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      dispatch({ type: 'tick', seconds: (now - last) / 1000 });
      last = now;
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [dispatch]);
  return [state, dispatch];
}
