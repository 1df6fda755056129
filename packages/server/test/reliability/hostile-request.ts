import fc from 'fast-check';
import { arbitraryFor, type Components, type JsonSchema } from './schema-arbitrary.js';

export interface Parameter {
  name: string;
  in: string;
  schema: JsonSchema;
}

/** One documented route, read from the OpenAPI document the app serves. */
export interface Operation {
  method: string;
  /** The path with `{name}` placeholders, as OpenAPI writes it. */
  path: string;
  parameters: Parameter[];
  bodySchema: JsonSchema | null;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
  components: { schemas: Components };
}

export type Caller = 'patient' | 'therapist' | 'admin' | 'stranger' | 'anonymous';

export interface HostileRequest {
  caller: Caller;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      bodySchema: operation.requestBody?.content?.['application/json']?.schema ?? null,
    })),
  );
}

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** Values no field expects: wrong types, edge numbers, huge and strange strings, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 1,
    '',
    ' ',
    '0',
    'null',
    '__proto__',
    "'; drop table patient; --",
    '../../etc/passwd',
    '\u0000',
    '\ud800',
    '<script>alert(1)</script>',
    '2026-02-30',
    '0000-00-00',
    '99999-01-01',
    {},
    [],
    JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  ),
  fc.constant('x'.repeat(5_000)),
  fc.constant('ß'.repeat(40_000)),
  fc.constant(nested(2_000)),
  fc.anything({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

type Path = (string | number)[];

function pathsIn(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((item, index) => pathsIn(item, [...prefix, index]))];
  if (value !== null && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...prefix, key]))];
  return [prefix];
}

/** A copy of `value` with `change` applied to the value at `path` (own properties only, so `__proto__` stays data). */
function changedAt(value: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(value);
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? changedAt(item, rest, change) : item));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    Object.defineProperty(copy, key, {
      value: key === head ? changedAt(item, rest, change) : item,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

function withKey(target: unknown, key: string, extra: unknown): unknown {
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return target;
  const copy = { ...target };
  Object.defineProperty(copy, key, { value: extra, enumerable: true, writable: true, configurable: true });
  return copy;
}

function withoutKey(target: unknown, index: number): unknown {
  if (target === null || typeof target !== 'object' || Array.isArray(target)) return target;
  const keys = Object.keys(target);
  const drop = keys[index % Math.max(keys.length, 1)];
  return Object.fromEntries(Object.entries(target).filter(([key]) => key !== drop));
}

/** A JSON body: valid for the schema, or that body with one hostile change somewhere inside it. */
function bodyText(schema: JsonSchema | null, components: Components): fc.Arbitrary<string> {
  const valid = schema ? arbitraryFor(schema, components) : fc.constant({});
  const spot = fc.tuple(valid, fc.nat());
  const at = (value: unknown, index: number) => {
    const paths = pathsIn(value);
    return paths[index % paths.length] ?? [];
  };
  const mutated = fc.oneof(
    { weight: 3, arbitrary: valid },
    {
      weight: 3,
      arbitrary: fc.tuple(spot, hostileValue).map(([[v, i], h]) => changedAt(v, at(v, i), () => h)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(spot, fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 20 })), hostileValue)
        .map(([[v, i], key, h]) => changedAt(v, at(v, i), (old) => withKey(old, key, h))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(spot, fc.nat())
        .map(([[v, i], k]) => changedAt(v, at(v, i), (old) => withoutKey(old, k))),
    },
    { weight: 1, arbitrary: hostileValue },
  );
  return fc.oneof(
    { weight: 8, arbitrary: mutated.map((value) => JSON.stringify(value) ?? 'undefined') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('{', '{"a":', '[1,]', "{'a':1}", 'NaN', '', '\u0000', '{"a":1}}'),
    },
    { weight: 1, arbitrary: valid.map((value) => JSON.stringify(value).slice(0, -1)) },
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ padding: 'x'.repeat(70_000) })) },
  );
}

const CONTENT_TYPES = fc.oneof(
  { weight: 10, arbitrary: fc.constant<string | null>('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom<string | null>(
      null,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'application/jsonx',
      'APPLICATION/JSON',
    ),
  },
);

const HOSTILE_SEGMENTS = [
  '__proto__',
  'constructor',
  '%00',
  '..%2F..%2Fetc',
  'x'.repeat(3_000),
  "1' or '1'='1",
  '😀',
];

function pathArbitrary(operation: Operation, ids: Record<string, string[]>): fc.Arbitrary<string> {
  const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const segments = names.map((name) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...(ids[name] ?? ['missing'])) },
      { weight: 1, arbitrary: fc.uuid() },
      {
        weight: 2,
        arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS).map((segment) => encodeURIComponent(segment)),
      },
    ),
  );
  return fc.tuple(...segments).map((values) => {
    let index = 0;
    return operation.path.replace(/\{\w+\}/g, () => values[index++] ?? '');
  });
}

function queryArbitrary(operation: Operation, components: Components): fc.Arbitrary<string> {
  const query = operation.parameters.filter((parameter) => parameter.in === 'query');
  const values = query.map((parameter) =>
    fc.option(
      fc.oneof(
        { weight: 3, arbitrary: arbitraryFor(parameter.schema, components, parameter.name) },
        { weight: 1, arbitrary: hostileValue },
      ),
    ),
  );
  return fc.tuple(...values).map((chosen) => {
    const search = new URLSearchParams();
    chosen.forEach((value, index) => {
      const name = query[index]?.name;
      if (name && value !== null)
        search.append(
          name,
          (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).slice(0, 4_000),
        );
    });
    const text = search.toString();
    return text ? `?${text}` : '';
  });
}

/**
 * Requests for one route: each caller, the route's own ids or hostile ones, and a body and content
 * type that are valid, subtly wrong or plainly hostile.
 */
export function hostileRequests(
  operation: Operation,
  components: Components,
  ids: Record<string, string[]>,
): fc.Arbitrary<HostileRequest> {
  const caller = fc.constantFrom<Caller>(
    'patient',
    'patient',
    'therapist',
    'therapist',
    'admin',
    'stranger',
    'anonymous',
  );
  const canHaveBody = operation.method !== 'GET';
  const body = canHaveBody
    ? fc.oneof(
        { weight: 9, arbitrary: bodyText(operation.bodySchema, components) },
        { weight: 1, arbitrary: fc.constant('') },
      )
    : fc.constant('');
  return fc
    .record({
      caller,
      path: pathArbitrary(operation, ids),
      query: queryArbitrary(operation, components),
      body,
      contentType: CONTENT_TYPES,
    })
    .map(({ caller: who, path, query, body: text, contentType }) => ({
      caller: who,
      method: operation.method,
      url: `${path}${query}`,
      headers: {
        ...(contentType && text ? { 'content-type': contentType } : {}),
        ...(text ? { 'content-length': String(Buffer.byteLength(text)) } : {}),
      },
      body: text || null,
    }));
}
