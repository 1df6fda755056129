/** A JSON Schema as the OpenAPI generator writes it: the parts the contract page reads. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

const REF_PREFIX = '#/components/schemas/';

/** The component a `$ref` names, linked to its section on the page. */
export function refLink(ref: string): string {
  const name = ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : ref;
  return `[${name}](#${name.toLowerCase()})`;
}

function withNull(text: string, types: readonly string[]): string {
  return types.includes('null') ? `${text} \\| null` : text;
}

function scalar(schema: JsonSchema, types: readonly string[]): string {
  const named = types.filter((type) => type !== 'null');
  const base = named.map((type) => (schema.format && type === 'string' ? `string (${schema.format})` : type));
  return base.length === 0 ? 'null' : withNull(base.join(' \\| '), types);
}

function objectText(schema: JsonSchema, depth: number): string {
  const required = new Set(schema.required ?? []);
  const fields = Object.entries(schema.properties ?? {}).map(
    ([name, field]) => `${name}${required.has(name) ? '' : '?'}: ${typeText(field, depth + 1)}`,
  );
  if (typeof schema.additionalProperties === 'object') {
    const key = schema.propertyNames ? typeText(schema.propertyNames, depth + 1) : 'string';
    fields.push(`[key: ${key}]: ${typeText(schema.additionalProperties, depth + 1)}`);
  }
  return fields.length === 0 ? '{}' : `{ ${fields.join('; ')} }`;
}

function unionText(members: readonly JsonSchema[], depth: number): string {
  return members.map((member) => typeText(member, depth)).join(' \\| ');
}

/**
 * A schema as one line in TypeScript-like notation (`{ date: string (date); phase: 0 | 1 }`), with
 * named components as links; table cells need `|` escaped, so unions are written `\|`.
 */
export function typeText(schema: JsonSchema, depth = 0): string {
  if (schema.$ref) return refLink(schema.$ref);
  if (schema.allOf) {
    const [first, ...rest] = schema.allOf;
    const nullable = rest.some((part) => Array.isArray(part.type) && part.type.includes('null'));
    const text = first ? typeText(first, depth) : 'unknown';
    return nullable ? `${text} \\| null` : text;
  }
  if (schema.oneOf) return unionText(schema.oneOf, depth);
  if (schema.anyOf) return unionText(schema.anyOf, depth);
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.enum) {
    const values = schema.enum.map((value) => (value === null ? 'null' : JSON.stringify(value)));
    return schema.enum.includes(null) ? values.join(' \\| ') : withNull(values.join(' \\| '), types);
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (types.includes('array')) {
    const item = schema.items ? typeText(schema.items, depth + 1) : 'unknown';
    return withNull(item.includes(' ') && !item.startsWith('{') ? `(${item})[]` : `${item}[]`, types);
  }
  if (types.includes('object') || schema.properties) return withNull(objectText(schema, depth), types);
  if (types.length === 0) return 'unknown';
  return scalar(schema, types);
}

/** Limits worth a reader's eye: ranges, lengths, counts and the default. */
export function limitsText(schema: JsonSchema): string {
  const limits: string[] = [];
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    limits.push(`${schema.minimum ?? ''}..${schema.maximum ?? ''}`);
  if (schema.minLength !== undefined || schema.maxLength !== undefined)
    limits.push(`length ${schema.minLength ?? 0}..${schema.maxLength ?? ''}`);
  if (schema.minItems !== undefined || schema.maxItems !== undefined)
    limits.push(`${schema.minItems ?? 0}..${schema.maxItems ?? ''} items`);
  if (schema.default !== undefined) limits.push(`default ${JSON.stringify(schema.default)}`);
  return limits.join(', ');
}
