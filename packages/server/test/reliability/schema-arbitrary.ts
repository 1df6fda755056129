import fc from 'fast-check';

/** The part of JSON Schema (as the OpenAPI document writes it) that request generation reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

export type Components = Record<string, JsonSchema>;

const TIME_ZONES = ['Europe/Madrid', 'UTC', 'America/New_York', 'Pacific/Kiritimati', 'Mars/Olympus'];

const isoDate = fc
  .integer({ min: 0, max: 900 })
  .map((days) => new Date(Date.UTC(2025, 6, 1) + days * 86_400_000).toISOString().slice(0, 10));

function stringArbitrary(schema: JsonSchema, name: string): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date') return isoDate;
  if (schema.format === 'email') return fc.uuid().map((id) => `${id.slice(0, 12)}@example.org`);
  if (name === 'timeZone') return fc.constantFrom(...TIME_ZONES);
  const minLength = schema.minLength ?? 0;
  // Long strings come from the hostile values; generated ones stay short so a case stays cheap.
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, minLength + 40));
  return fc.string({ minLength, maxLength });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = schema.maximum ?? 1000;
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(schema: JsonSchema, components: Components): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties))
    shape[key] = arbitraryFor(property, components, key);
  const record = fc.record(shape, { requiredKeys: (schema.required ?? []).filter((key) => key in shape) });
  const extra = schema.additionalProperties;
  if (typeof extra !== 'object') return record;
  return fc
    .tuple(
      record,
      fc.dictionary(fc.string({ maxLength: 30 }), arbitraryFor(extra, components), { maxKeys: 4 }),
    )
    .map(([known, more]) => ({ ...more, ...known }));
}

function typedArbitrary(type: string, schema: JsonSchema, components: Components, name: string) {
  switch (type) {
    case 'string':
      return stringArbitrary(schema, name);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, components), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 5, 5),
      });
    case 'object':
      return objectArbitrary(schema, components);
    default:
      return fc.anything();
  }
}

/**
 * Values a schema accepts (or nearly: cross-field rules such as "the exercise is in that day's plan"
 * are not in the schema), for turning every documented route into generated requests.
 *
 * @example
 * fc.sample(arbitraryFor({ type: 'integer', minimum: 0, maximum: 10 }, {}), 3);
 */
export function arbitraryFor(schema: JsonSchema, components: Components, name = ''): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const target = components[schema.$ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`unknown schema reference ${schema.$ref}`);
    return arbitraryFor(target, components, name);
  }
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, components, name)));
  const types = Array.isArray(schema.type)
    ? schema.type
    : [schema.type ?? (schema.properties ? 'object' : '')];
  return fc.oneof(...types.map((type) => typedArbitrary(type, schema, components, name)));
}
