import { type IsoDate, type OutcomeScore, outcomeRange } from '@minimus/core';
import { useState } from 'react';
import { localToday } from '../../shared/dates.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { checkOutcomeEntry, type OutcomeEntryCheck } from '../outcome-entry.js';
import { fetchOutcomeScores, type OutcomeInstrument, recordOutcomeScore } from '../records-api.js';
import { formatShortDate } from '../ui/format.js';

const INSTRUMENTS = ['LEFS', 'VISA-G', 'HOOS'] as const;

function instrumentOf(value: string): (typeof INSTRUMENTS)[number] {
  return INSTRUMENTS.find((instrument) => instrument === value) ?? 'LEFS';
}

/** LEFS, VISA-G and HOOS totals: the list, newest first, and (for the therapist) a form to enter one. */
export function OutcomeScoresSection(props: { patientId: string }) {
  const { t } = useClinicI18n();
  const { me } = useClinicSession();
  const [state, reload] = useAsync(`outcomes:${props.patientId}`, () => fetchOutcomeScores(props.patientId));
  return (
    <section class="panel" aria-labelledby="outcomes">
      <h2 id="outcomes">{t('outcomes.title')}</h2>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} onRetry={reload} />}
      {state.kind === 'ready' && <OutcomeTable scores={state.value} />}
      {me.user.role === 'therapist' && <OutcomeForm patientId={props.patientId} onSaved={reload} />}
    </section>
  );
}

function OutcomeTable(props: { scores: readonly OutcomeScore[] }) {
  const { t, locale } = useClinicI18n();
  if (props.scores.length === 0) return <p>{t('outcomes.none')}</p>;
  return (
    <div class="table-scroll">
      <table class="data">
        <caption>{t('outcomes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.date')}</th>
            <th scope="col">{t('outcomes.instrument')}</th>
            <th scope="col">{t('outcomes.total')}</th>
            <th scope="col">{t('outcomes.author')}</th>
          </tr>
        </thead>
        <tbody>
          {props.scores.map((score) => (
            <tr key={score.id}>
              <td>{formatShortDate(score.date, locale)}</td>
              <td>{score.instrument}</td>
              <td>{score.total}</td>
              <td>{score.author}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function useEntryProblem() {
  const { t } = useClinicI18n();
  return (check: OutcomeEntryCheck, instrument: OutcomeInstrument): string | null => {
    if (check.kind === 'missing') return t('outcomes.missing');
    if (check.kind === 'not-whole') return t('outcomes.notWhole');
    if (check.kind === 'out-of-range') return t('outcomes.outOfRange', { instrument, ...check });
    return null;
  };
}

/** The form's fields, the check against the instrument's range, and saving. */
function useOutcomeEntry(patientId: string, onSaved: () => void) {
  const { protocol } = useClinicSession();
  const [date, setDate] = useState<IsoDate>(localToday());
  const [instrument, setInstrument] = useState<OutcomeInstrument>('LEFS');
  const [total, setTotal] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const describe = useEntryProblem();
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const check = checkOutcomeEntry(protocol, instrument, total);
    setProblem(describe(check, instrument));
    if (check.kind !== 'ok') return;
    try {
      await recordOutcomeScore(patientId, { date, instrument, total: check.total });
      setSaved(true);
      setTotal('');
      onSaved();
    } catch (caught) {
      setError(caught);
    }
  };
  const range = outcomeRange(protocol.outcomes, instrument);
  return { date, setDate, instrument, setInstrument, total, setTotal, problem, error, saved, submit, range };
}

function OutcomeForm(props: { patientId: string; onSaved: () => void }) {
  const { t } = useClinicI18n();
  const { date, setDate, instrument, setInstrument, total, setTotal, problem, error, saved, submit, range } =
    useOutcomeEntry(props.patientId, props.onSaved);
  return (
    <form class="grid-form" onSubmit={submit} noValidate>
      <label class="field">
        <span>{t('outcomes.date')}</span>
        <input type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('outcomes.instrument')}</span>
        <select value={instrument} onChange={(e) => setInstrument(instrumentOf(e.currentTarget.value))}>
          <option value="LEFS">{t('outcomes.lefs')}</option>
          <option value="VISA-G">{t('outcomes.visaG')}</option>
          <option value="HOOS">{t('outcomes.hoos')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t('outcomes.total')}</span>
        <input
          type="text"
          inputMode="numeric"
          required
          aria-invalid={problem !== null}
          aria-describedby="outcome-range outcome-problem"
          value={total}
          onInput={(e) => setTotal(e.currentTarget.value)}
        />
      </label>
      <p class="hint" id="outcome-range">
        {range ? t('outcomes.range', { instrument, min: range.min, max: range.max }) : ''}
      </p>
      <div class="form-end">
        <button type="submit" class="button primary">
          {t('outcomes.submit')}
        </button>
      </div>
      <p id="outcome-problem" class={problem ? 'notice notice-bad' : 'visually-hidden'} role="alert">
        {problem ?? ''}
      </p>
      {saved && (
        <p class="notice notice-good" role="status">
          {t('outcomes.saved')}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
