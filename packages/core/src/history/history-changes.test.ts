import { describe, expect, it } from 'vitest';
import { withRecord } from './add-record.js';
import { logDateProblem } from './log-date.js';
import { EMPTY_HISTORY } from './sort-history.js';

const checkIn = (id: string, date: string) => ({
  id,
  date,
  nextMorningPain: 1,
  worstPain24h: 2,
  walkingPain: null,
});

describe('withRecord', () => {
  const history = {
    ...EMPTY_HISTORY,
    checkIns: [checkIn('a', '2026-03-01'), checkIn('b', '2026-03-03'), checkIn('c', '2026-03-03')],
  };

  it.each([
    ['after the last entry when it is the newest date', '2026-03-04', ['a', 'b', 'c', 'new']],
    [
      'after the entries of its own date, as a later-stored record of that day',
      '2026-03-03',
      ['a', 'b', 'c', 'new'],
    ],
    ['between dates for a late record', '2026-03-02', ['a', 'new', 'b', 'c']],
    ['first when it is older than everything', '2026-02-27', ['new', 'a', 'b', 'c']],
  ])('places a record %s', (_, date, order) => {
    const next = withRecord(history, { list: 'checkIns', entry: checkIn('new', date) });
    expect(next.checkIns.map((entry) => entry.id)).toEqual(order);
  });

  it('leaves the history it was given unchanged and shares the untouched lists', () => {
    const next = withRecord(history, { list: 'checkIns', entry: checkIn('new', '2026-03-05') });
    expect(history.checkIns).toHaveLength(3);
    expect(next.sessionLogs).toBe(history.sessionLogs);
  });

  it('files screens under the list named', () => {
    const screen = { id: 's', date: '2026-03-02', answers: { 'night-pain': false } };
    const next = withRecord(EMPTY_HISTORY, { list: 'tendinopathyScreens', entry: screen });
    expect(next.tendinopathyScreens).toEqual([screen]);
    expect(next.redFlagScreens).toEqual([]);
  });
});

describe('logDateProblem', () => {
  const limits = { today: '2026-03-10', earliest: '2026-03-01' };

  it.each([
    ['today', '2026-03-10', null],
    ['tomorrow, for a phone in a zone ahead', '2026-03-11', null],
    ['the earliest day', '2026-03-01', null],
    ['two days ahead', '2026-03-12', { rule: 'future', latest: '2026-03-11' }],
    ['the day before the earliest', '2026-02-28', { rule: 'before-start', earliest: '2026-03-01' }],
  ])('answers for %s', (_, date, expected) => {
    expect(logDateProblem(date, limits)).toEqual(expected);
  });
});
