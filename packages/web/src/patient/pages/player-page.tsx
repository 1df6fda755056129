import {
  type Condition,
  type DayPlan,
  type PlannedExercise,
  plannedKey,
  sideInWords,
  stopsForToday,
  trafficLight,
} from '@minimus/core';
import { useEffect, useState } from 'react';
import { localToday, newClientId } from '../../shared/dates.js';
import { navigate } from '../../shared/router.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { loadPlan } from '../app/plans.js';
import { usePatientSession } from '../app/session.js';
import { exerciseDayStates, exercisesLeft } from '../app/today-progress.js';
import { useI18n } from '../i18n/i18n.js';
import { useSyncState } from '../offline/sync.js';
import { holdScreenAwake } from '../player/cues.js';
import { initialPlayerState } from '../player/machine.js';
import { PainQuestion, PlayerExercise } from '../player/player-exercise.js';
import { type SavedSession, savedSessionFor } from '../player/session-storage.js';
import { saveSoundPreference, soundPreference } from '../player/use-player.js';
import { useSession } from '../player/use-session.js';
import { protocolText } from '../ui/protocol-text.js';

function useScreenAwake(): void {
  useEffect(() => {
    let release: (() => void) | null = null;
    let active = true;
    void holdScreenAwake().then((free) => {
      if (active) release = free;
      else free();
    });
    return () => {
      active = false;
      release?.();
    };
  }, []);
}

function SoundToggle(props: { sound: boolean; onChange: (on: boolean) => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      class="button secondary"
      aria-pressed={props.sound}
      onClick={() => props.onChange(!props.sound)}
    >
      {props.sound ? t('player.soundOn') : t('player.soundOff')}
    </button>
  );
}

/**
 * The planned exercise a session entry names: entries are planned keys (exercise and leg); a draft
 * saved before legs were named holds the exercise id alone.
 */
function plannedOf(
  exercises: readonly PlannedExercise[],
  entry: string | undefined,
): PlannedExercise | undefined {
  return (
    exercises.find((exercise) => plannedKey(exercise) === entry) ??
    exercises.find((exercise) => exercise.exerciseId === entry)
  );
}

/** The same exercise planned for the other leg: the session then says which leg is next. */
function isOtherLeg(other: PlannedExercise, planned: PlannedExercise): boolean {
  return other.exerciseId === planned.exerciseId && other.side !== planned.side;
}

/** The guided session: baseline pain, then each exercise left today, then the log goes to the outbox. */
function Session(props: {
  session: SavedSession;
  exercises: readonly PlannedExercise[];
  condition: Condition;
}) {
  const { t } = useI18n();
  const { protocol } = usePatientSession();
  const { session, saved, setBaseline, progress, completeExercise, finish } = useSession(props.session);
  const [sound, setSound] = useState(soundPreference);
  useScreenAwake();
  if (saved) return <Finished session={session} exercises={props.exercises} />;
  if (session.baselinePain === null)
    return <PainQuestion name="baseline-pain" legend={t('player.baseline')} onAnswer={setBaseline} />;
  const planned = plannedOf(props.exercises, session.exerciseIds[session.index]);
  const leg =
    planned && planned.side !== 'both' && props.exercises.some((other) => isOtherLeg(other, planned))
      ? planned.side
      : null;
  const definition = protocol.exercises.find((exercise) => exercise.id === planned?.exerciseId);
  return (
    <section class="stack">
      <div class="player-bar">
        <p>{t('player.exerciseOf', { index: session.index + 1, count: session.exerciseIds.length })}</p>
        <SoundToggle
          sound={sound}
          onChange={(on) => {
            saveSoundPreference(on);
            setSound(on);
          }}
        />
      </div>
      {planned && definition && (
        <PlayerExercise
          key={`${session.index}:${plannedKey(planned)}`}
          planned={planned}
          leg={leg}
          definition={definition}
          condition={props.condition}
          initial={session.player}
          sound={sound}
          onProgress={progress}
          onDone={({ state, dose, camera }) => completeExercise(planned, state, dose, camera)}
        />
      )}
      {session.finished.length > 0 && (
        <button type="button" class="button secondary" onClick={finish}>
          {t('player.finish')}
        </button>
      )}
    </section>
  );
}

/**
 * The session in a few lines once it is stored (on the server or, offline, in the outbox): what was
 * done, the highest pain and what it means by the pain guide, and when the next session is.
 */
function Finished(props: { session: SavedSession; exercises: readonly PlannedExercise[] }) {
  const { t, locale } = useI18n();
  const { protocol } = usePatientSession();
  const sync = useSyncState();
  const { finished } = props.session;
  const names = finished.map((done) => {
    const definition = protocol.exercises.find((exercise) => exercise.id === done.exerciseId);
    const name = definition ? protocolText(definition.name, locale) : done.exerciseId;
    const bothLegs = props.exercises.some(
      (exercise) => exercise.exerciseId === done.exerciseId && exercise.side !== (done.side ?? exercise.side),
    );
    return done.side && done.side !== 'both' && bothLegs
      ? `${name} (${sideInWords(done.side, locale)})`
      : name;
  });
  const highest = Math.max(0, ...finished.map((done) => done.painScore));
  const stopped = finished.filter((done) => stopsForToday(done.painScore, protocol.pain));
  const light = trafficLight(highest, protocol.pain.trafficLight);
  const twiceToday = props.exercises.some(
    (exercise) =>
      exercise.prescription.timesPerDay > exercise.doneToday + 1 &&
      props.session.exerciseIds.some((entry) => plannedOf([exercise], entry) !== undefined),
  );
  const daily = props.exercises.some((exercise) => exercise.frequency === 'daily');
  return (
    <section class="stack" aria-live="polite">
      <h1>{t('player.finished')}</h1>
      {(!sync.online || sync.pending > 0) && <p class="notice notice-info">{t('player.finishedOffline')}</p>}
      <p>{t('player.summaryDone', { count: finished.length })}</p>
      <ul class="plain">
        {names.map((name, index) => (
          <li key={`${finished[index]?.exerciseId}:${finished[index]?.side}`}>{name}</li>
        ))}
      </ul>
      <p class={`notice notice-${light === 'green' ? 'good' : light === 'amber' ? 'info' : 'bad'}`}>
        {stopped.length > 0
          ? t('player.summaryStopped', { pain: highest })
          : t(light === 'green' ? 'player.summaryGreen' : 'player.summaryAmber', { pain: highest })}
      </p>
      <p>{t(twiceToday ? 'player.nextLaterToday' : daily ? 'player.nextTomorrow' : 'player.nextOnToday')}</p>
      <button type="button" class="button primary big" onClick={() => navigate('/')}>
        {t('nav.today')}
      </button>
    </section>
  );
}

/** Fixes the session's exercises once, at its start: later syncs must not reshape a session under way. */
function SessionStart(props: { plan: DayPlan }) {
  const { t } = useI18n();
  const { patientId, protocol } = usePatientSession();
  const sync = useSyncState();
  const { plan } = props;
  const [session] = useState<SavedSession>(
    () =>
      savedSessionFor(patientId, plan.date) ?? {
        clientId: newClientId(),
        patientId,
        date: plan.date,
        baselinePain: null,
        exerciseIds: exercisesLeft(plan, exerciseDayStates(plan, sync.items, protocol.pain)).map(plannedKey),
        index: 0,
        finished: [],
        player: initialPlayerState(),
      },
  );
  if (session.exerciseIds.length === 0) return <p>{t('player.nothingLeft')}</p>;
  return <Session session={session} exercises={plan.exercises} condition={plan.condition} />;
}

export function PlayerPage() {
  const { t } = useI18n();
  const { patientId } = usePatientSession();
  const today = localToday();
  const [loaded, reload] = useAsync(`plan:${patientId}:${today}`, () => loadPlan(patientId, today));
  if (loaded.kind === 'loading') return <Loading />;
  if (loaded.kind === 'failed') return <ErrorNotice error={loaded.error} onRetry={reload} />;
  return (
    <>
      <h1 class="visually-hidden">{t('player.title')}</h1>
      <SessionStart plan={loaded.value.plan} />
    </>
  );
}
