import { describe, expect, it } from 'vitest';
import { GLUTEUS_MINIMUS_PROTOCOL } from './gluteus-minimus.js';
import { parseProtocol, parseProtocolJson, serialiseProtocol } from './schema.js';

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;

/** A plain, freely editable copy of the shipped protocol, changed by `edit` (the builder with overrides). */
function buildProtocolJson(edit: (protocol: Record<string, Json>) => void = () => {}): Record<string, Json> {
  const copy = JSON.parse(serialiseProtocol(GLUTEUS_MINIMUS_PROTOCOL)) as Record<string, Json>;
  edit(copy);
  return copy;
}

/** Follows a dotted path with [n] indices to the object holding its last key. */
function setAt(root: Json, path: string, value: Json | undefined): void {
  const keys = path.split(/\.|\[(\d+)\]/).filter((key) => key !== undefined && key !== '');
  const last = keys.pop();
  let node: Json = root;
  for (const key of keys) node = (node as Record<string, Json>)[key] as Json;
  if (last === undefined) throw new Error(`empty path ${path}`);
  if (value === undefined) delete (node as Record<string, Json>)[last];
  else (node as Record<string, Json>)[last] = value;
}

describe('serialiseProtocol and parseProtocolJson', () => {
  it('give back an equal protocol after a round trip', () => {
    const result = parseProtocolJson(serialiseProtocol(GLUTEUS_MINIMUS_PROTOCOL));
    expect(result).toEqual({ ok: true, protocol: GLUTEUS_MINIMUS_PROTOCOL });
  });

  it('write pretty JSON', () => {
    expect(serialiseProtocol(GLUTEUS_MINIMUS_PROTOCOL)).toContain('\n  "id": "gluteus-minimus",\n');
  });

  it.each(['', '{', '{"id": "x",}', 'not json'])('report broken JSON %j as one issue at the root', (text) => {
    const result = parseProtocolJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]).toMatchObject({
        path: '',
        message: expect.stringContaining('not valid JSON'),
      });
    }
  });
});

describe('parseProtocol', () => {
  it('accepts the shipped protocol', () => {
    expect(parseProtocol(buildProtocolJson()).ok).toBe(true);
  });

  it.each([null, 42, 'protocol', []])('refuses %j, which is not a protocol object', (input) => {
    expect(parseProtocol(input)).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });

  const broken: { field: string; value: Json | undefined; path?: string; message: RegExp }[] = [
    { field: 'exercises[3].defaultDose.sets', value: 0, message: /at least 1/ },
    { field: 'exercises[3].defaultDose.sets', value: '5', message: /expected number/ },
    { field: 'exercises[0].defaultDose.reps', value: 2.5, message: /int/i },
    { field: 'exercises[1].id', value: 'crossover-dynamic', message: /appears twice/ },
    { field: 'exercises[1].id', value: 'hamstring-curl', message: /crossover-dynamic/ },
    { field: 'exercises[0].name.es', value: '   ', message: /must not be empty/ },
    { field: 'exercises[0].name.es', value: undefined, message: /expected string/ },
    {
      field: 'exercises[2].steps[1].en',
      value: 'Bend the {leg} knee',
      message: /unknown placeholder \{leg\}/,
    },
    { field: 'exercises[0].progression.steps', value: [], message: /at least one rung/ },
    {
      field: 'exercises[1].progression.steps[0].holdSeconds',
      value: 15,
      path: 'exercises[1].progression.steps[0]',
      message: /first rung must equal the default dose \(holdSeconds differ\)/,
    },
    { field: 'exercises[6].progression.minReps', value: 13, message: /must not be above maxReps/ },
    {
      field: 'exercises[6].progression.kind',
      value: 'pyramid',
      message: /Expected 'ladder' \| 'double-progression'/,
    },
    {
      field: 'exercises[6].defaultDose.loadKind',
      value: 'barbell',
      message: /therapist-only, so it cannot be the default/,
    },
    {
      field: 'exercises[4].defaultDose.loadKind',
      value: 'ankle-weight',
      message: /not one of the load options/,
    },
    {
      field: 'exercises[0].defaultDose.colour',
      value: 'red',
      path: 'exercises[0].defaultDose',
      message: /colour/,
    },
    { field: 'exercises[6].camera.lowerDegrees', value: 20, message: /below liftDegrees/ },
    {
      field: 'exercises[6].camera.formRules[1].check',
      value: 'knee-bending',
      path: 'exercises[6].camera.formRules[2].check',
      message: /appears twice/,
    },
    { field: 'exercises[6].camera.posture', value: 'seated', message: /lying/ },
    { field: 'exercises[0].phases[0]', value: 4, message: /expected one of 0\|1\|2\|3/ },
    { field: 'gates.rest.maxWalkingPain', value: 11, message: /pain score from 0 to 10/ },
    { field: 'gates.rest.restDaysDefault', value: 8, message: /between restDaysMin and restDaysMax/ },
    { field: 'gates.painSubsides.maxWorstPain', value: -1, message: /pain score from 0 to 10/ },
    { field: 'pain.exerciseStopAbove', value: 12, message: /pain score from 0 to 10/ },
    { field: 'pain.trafficLight.greenMax', value: 5, message: /below amberMax/ },
    { field: 'pain.adherentShare', value: 70, message: /share from 0 to 1/ },
    { field: 'resistance.defaultWeekdays[2]', value: 8, message: /ISO weekday 1-7/ },
    {
      field: 'resistance.defaultWeekdays[1]',
      value: 2,
      path: 'resistance.defaultWeekdays',
      message: /consecutive/,
    },
    { field: 'resistance.defaultWeekdays', value: [1, 3, 7], message: /Sunday 7 and Monday 1/ },
    { field: 'resistance.defaultWeekdays[1]', value: 1, message: /appears twice/ },
    { field: 'screens.redFlag.items[4].number', value: 1, message: /appears twice/ },
    {
      field: 'screens.redFlag.items[0].tier',
      value: 'soon',
      message: /expected one of "emergency"\|"urgent"\|"risk-factor"\|"therapist-review"/,
    },
    { field: 'screens.redFlag.messages.urgent', value: undefined, message: /expected object/ },
    { field: 'screens.tendinopathy.threshold', value: 8, message: /number of questions/ },
    { field: 'outcomes.nprs.max', value: 100, message: /expected 10/ },
    {
      field: 'outcomes.psfs.minimalImportantChange.small',
      value: 3,
      path: 'outcomes.psfs.minimalImportantChange',
      message: /rise/,
    },
    {
      field: 'phases[3].phase',
      value: 2,
      path: 'phases',
      message: /phase 2 must be described exactly once, found 2/,
    },
    { field: 'education[1].id', value: 'gluteus-minimus', message: /appears twice/ },
  ];

  it.each(broken)('names $field when it is set to $value', ({ field, value, path, message }) => {
    const result = parseProtocol(buildProtocolJson((protocol) => setAt(protocol, field, value)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((candidate) => candidate.path === (path ?? field));
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('reports every problem at once, not only the first', () => {
    const result = parseProtocol(
      buildProtocolJson((protocol) => {
        setAt(protocol, 'gates.rest.maxWalkingPain', 11);
        setAt(protocol, 'exercises[0].name.en', '');
      }),
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['gates.rest.maxWalkingPain', 'exercises[0].name.en']),
    );
  });

  it('leaves the input untouched when it refuses it', () => {
    const input = buildProtocolJson((protocol) => setAt(protocol, 'pain.exerciseStopAbove', 12));
    const before = JSON.stringify(input);
    parseProtocol(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
