import { PREAMBLE } from './preamble.js';
import { type JsonSchema, limitsText, refLink, typeText } from './schema-text.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Parameter {
  name?: string;
  in?: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

/** A body or a reference to one (the API's bodies are never references). */
interface Body {
  $ref?: string;
  content?: Record<string, { schema?: JsonSchema }>;
}

interface Operation {
  tags?: string[];
  summary?: string;
  parameters?: Parameter[];
  requestBody?: Body;
  responses?: Record<string, Body & { description?: string }>;
}

type PathItem = Partial<Record<(typeof METHODS)[number], Operation>>;

/** The parts of an OpenAPI 3.1 document the page is written from. */
export interface ContractDocument {
  paths?: Record<string, PathItem>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const isError = (status: string) => Number(status) >= 400;
const cell = (text: string) => text.replaceAll('\n', ' ');

function contentText(content: Record<string, { schema?: JsonSchema }> | undefined): string {
  return Object.entries(content ?? {})
    .map(([type, { schema }]) => (type === 'application/json' && schema ? typeText(schema) : `\`${type}\``))
    .join(', ');
}

function parameterRows(parameters: readonly Parameter[]): string[] {
  if (parameters.length === 0) return [];
  return [
    '| Parameter | In | Type | Limits | Description |',
    '| --- | --- | --- | --- | --- |',
    ...parameters.map((parameter) => {
      const schema = parameter.schema ?? {};
      const name = parameter.required ? `\`${parameter.name ?? ''}\`` : `\`${parameter.name ?? ''}\`?`;
      const description = parameter.description ?? schema.description ?? '';
      return `| ${name} | ${parameter.in ?? ''} | ${typeText(schema)} | ${limitsText(schema)} | ${cell(description)} |`;
    }),
    '',
  ];
}

function operationLines(method: string, path: string, operation: Operation): string[] {
  const responses = Object.entries(operation.responses ?? {});
  const answers = responses
    .filter(([status]) => !isError(status))
    .map(([status, response]) => {
      const body = contentText(response.content);
      return `- \`${status}\` ${response.description ?? ''}${body ? `: ${body}` : ''}`;
    });
  const errors = responses.filter(([status]) => isError(status)).map(([status]) => `\`${status}\``);
  const body = contentText(operation.requestBody?.content);
  return [
    `### \`${method.toUpperCase()} ${path}\``,
    '',
    ...(operation.summary ? [operation.summary, ''] : []),
    ...parameterRows(operation.parameters ?? []),
    ...(body ? [`Body: ${body}`, ''] : []),
    ...answers,
    ...(errors.length > 0 ? [`- Problems: ${errors.join(', ')}`] : []),
    '',
  ];
}

function endpointLines(document: ContractDocument): string[] {
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = operations?.[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), ...operationLines(method, path, operation)]);
    }
  }
  return [...byTag].flatMap(([tag, lines]) => [`## ${tag}`, '', ...lines]);
}

function fieldRows(schema: JsonSchema): string[] {
  const required = new Set(schema.required ?? []);
  return [
    '| Field | Type | Limits | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(schema.properties ?? {}).map(([name, field]) => {
      const label = required.has(name) ? `\`${name}\`` : `\`${name}\`?`;
      return `| ${label} | ${typeText(field)} | ${limitsText(field)} | ${cell(field.description ?? '')} |`;
    }),
  ];
}

function schemaLines(name: string, schema: JsonSchema): string[] {
  const variants = schema.oneOf ?? schema.anyOf;
  const strict = schema.additionalProperties === false ? ['Unknown fields are rejected.', ''] : [];
  const body = variants
    ? variants.flatMap((variant, index) => [
        `One of (${index + 1}/${variants.length})${variant.description ? `: ${variant.description}` : ''}`,
        '',
        ...(variant.properties ? fieldRows(variant) : [typeText(variant)]),
        '',
      ])
    : schema.properties
      ? [...fieldRows(schema), '']
      : [typeText(schema), ''];
  return [
    `### ${name}`,
    '',
    ...(schema.description ? [cell(schema.description), ''] : []),
    ...strict,
    ...body,
  ];
}

/**
 * docs/api-contract.md: the fixed preamble, then every endpoint by tag and every named schema in full,
 * written from the OpenAPI document alone so the page cannot say what the API does not.
 */
export function renderApiContract(document: ContractDocument): string {
  const schemas = Object.entries(document.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const lines = [
    PREAMBLE,
    '# Endpoints',
    '',
    'Every route below answers the problems listed with a [Problem](#problem) body.',
    '',
    ...endpointLines(document),
    '# Schemas',
    '',
    `Named shapes, linked from the endpoints: ${schemas.map(([name]) => refLink(name)).join(', ')}.`,
    '',
    ...schemas.flatMap(([name, schema]) => schemaLines(name, schema)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
