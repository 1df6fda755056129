import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { AppError, type FieldError } from './app-error.js';
import { isBodiless } from './body-rules.js';

const NUL = '\u0000';
const MESSAGE = 'Text may not contain the NUL character (U+0000)';

/** Where in a parsed JSON value a string (or a key) holds a NUL character. */
function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [path || '(body)'] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulPaths(item, `${path}.${index}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = path ? `${path}.${key}` : key;
    return key.includes(NUL) ? [at] : nulPaths(item, at);
  });
}

async function bodyNulPaths(request: Request): Promise<string[]> {
  if (isBodiless(request.method) || !request.body) return [];
  if (!/json/i.test(request.headers.get('content-type') ?? '')) return [];
  const text = await request.clone().text();
  // A NUL can only reach a parsed string through the \u0000 escape; most bodies have none.
  if (!/\\u0000/i.test(text)) return [];
  try {
    return nulPaths(JSON.parse(text), '');
  } catch {
    return []; // broken JSON is refused by the route's own validation
  }
}

/**
 * Refuses text holding the NUL character anywhere in the query or a JSON body, with a 400 naming the
 * field. PostgreSQL cannot store U+0000 in text, so such a value would otherwise reach the database
 * and fail there with a 500 (the fuzz run found it in names, notes and the patient search).
 */
export const refuseNulCharacters: MiddlewareHandler<AppEnv> = async (c, next) => {
  const errors: FieldError[] = [];
  // A NUL reaches the query only as %00; other URLs are not parsed again.
  if (c.req.url.includes('%00'))
    for (const [name, value] of new URL(c.req.url).searchParams)
      if (name.includes(NUL) || value.includes(NUL)) errors.push({ path: `query.${name}`, message: MESSAGE });
  for (const path of await bodyNulPaths(c.req.raw)) errors.push({ path, message: MESSAGE });
  if (errors.length > 0) throw new AppError('validation_failed', MESSAGE, errors);
  await next();
};
