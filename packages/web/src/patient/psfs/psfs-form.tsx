import { useState } from 'react';
import { localToday, newClientId } from '../../shared/dates.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { enqueue } from '../offline/sync.js';

interface ActivityDraft {
  name: string;
  score: number | null;
}

const SCORES = Array.from({ length: 11 }, (_, score) => score);
const PSFS_KEY = 'minimus.psfs.activities';

/** The activity names last rated, so a re-rating asks about the same activities. */
function previousActivities(patientId: string): ActivityDraft[] {
  try {
    const names = JSON.parse(localStorage.getItem(`${PSFS_KEY}.${patientId}`) ?? '[]') as unknown;
    if (Array.isArray(names) && names.every((name) => typeof name === 'string'))
      return names.map((name) => ({ name, score: null }));
  } catch {
    // A damaged saved list only means the names are typed again.
  }
  return [];
}

/** PSFS (Stratford 1995): up to five activities the patient names, each rated 0-10. */
export function PsfsForm(props: { onDone: () => void }) {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const max = protocol.outcomes.psfs.maxActivities;
  const [activities, setActivities] = useState<ActivityDraft[]>(() => {
    const previous = previousActivities(patientId);
    return previous.length > 0 ? previous : [{ name: '', score: null }];
  });
  const [problem, setProblem] = useState(false);
  const complete = activities.filter((activity) => activity.name.trim() && activity.score !== null);
  const change = (index: number, patch: Partial<ActivityDraft>) =>
    setActivities(activities.map((activity, at) => (at === index ? { ...activity, ...patch } : activity)));
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        if (complete.length === 0) return setProblem(true);
        const rated = complete.map((activity) => ({
          name: activity.name.trim(),
          score: activity.score ?? 0,
        }));
        await enqueue(patientId, 'psfs', { clientId: newClientId(), date: localToday(), activities: rated });
        localStorage.setItem(
          `${PSFS_KEY}.${patientId}`,
          JSON.stringify(rated.map((activity) => activity.name)),
        );
        props.onDone();
      }}
    >
      <h1>{t('psfs.title')}</h1>
      <p>{t('psfs.intro', { max })}</p>
      {activities.map((activity, index) => (
        <fieldset key={index} class="psfs-activity">
          <legend>{t('psfs.activity', { number: index + 1 })}</legend>
          <label class="field">
            <span class="visually-hidden">{t('psfs.activity', { number: index + 1 })}</span>
            <input
              type="text"
              value={activity.name}
              maxLength={80}
              onInput={(e) => change(index, { name: e.currentTarget.value })}
            />
          </label>
          <label class="field">
            <span>{t('psfs.score')}</span>
            <select
              value={activity.score === null ? '' : String(activity.score)}
              onChange={(e) =>
                change(index, { score: e.currentTarget.value === '' ? null : Number(e.currentTarget.value) })
              }
            >
              <option value="">–</option>
              {SCORES.map((score) => (
                <option key={score} value={score}>
                  {score}
                </option>
              ))}
            </select>
          </label>
          {activities.length > 1 && (
            <button
              type="button"
              class="button link"
              onClick={() => setActivities(activities.filter((_, at) => at !== index))}
            >
              {t('psfs.remove', { number: index + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {activities.length < max && (
        <button
          type="button"
          class="button secondary"
          onClick={() => setActivities([...activities, { name: '', score: null }])}
        >
          {t('psfs.add')}
        </button>
      )}
      {problem && complete.length === 0 && (
        <p class="notice notice-bad" role="alert">
          {t('psfs.needOne')}
        </p>
      )}
      <button type="submit" class="button primary big">
        {t('common.save')}
      </button>
    </form>
  );
}
