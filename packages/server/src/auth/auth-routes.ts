import { getConnInfo } from '@hono/node-server/conninfo';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { session, user } from '../db/schema/index.js';
import type { AppEnv } from '../http/app-env.js';
import { AppError } from '../http/app-error.js';
import { clientAddress, type TrustedProxies } from '../http/client-address.js';
import type { Auth } from './auth.js';
import {
  clearAccountFailures,
  recordFailure,
  type SignInKey,
  secondsUntilAllowed,
} from './sign-in-throttle.js';

/** The same answer better-auth gives for a wrong password, so a deactivated account looks no different. */
const INVALID_CREDENTIALS = { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' };

type RequestContext = Parameters<typeof getConnInfo>[0];

function socketAddress(c: RequestContext): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The socket's peer, or the client a trusted proxy names in X-Forwarded-For. */
export function callerAddress(c: RequestContext, trustProxy: TrustedProxies): string {
  return clientAddress(socketAddress(c), c.req.header('x-forwarded-for'), trustProxy);
}

async function signInKey(request: Request, address: string): Promise<SignInKey> {
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => null);
  const email =
    body && typeof body === 'object' && 'email' in body && typeof body.email === 'string' ? body.email : '';
  return { email: email.trim().toLowerCase(), address };
}

function dropTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropTokens);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'token')
      .map(([key, entry]) => [key, dropTokens(entry)]),
  );
}

/**
 * The session token lives in an HttpOnly cookie; better-auth also echoes it in JSON bodies, where a
 * script injected into the page could read it. The bodies leave without it.
 */
async function withoutSessionTokens(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.includes('application/json')) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, response);
  }
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(dropTokens(body)), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/**
 * Mounts better-auth under /api/auth, with email sign-in wrapped by a throttle kept in the database
 * (per account and per address, so it holds across instances) and refusal of deactivated accounts.
 * The address is the socket's peer unless `trustProxy` names proxies whose X-Forwarded-For to believe.
 */
export function authRoutes(auth: Auth, db: Database, trustProxy: TrustedProxies): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/sign-in/email', async (c) => {
    const key = await signInKey(c.req.raw, callerAddress(c, trustProxy));
    const wait = await secondsUntilAllowed(db, key, new Date());
    if (wait > 0) throw new AppError('rate_limited', undefined, [], wait);
    const response = await auth.handler(c.req.raw);
    if (response.status === 401) {
      await recordFailure(db, key);
      return response;
    }
    if (response.ok) {
      const [row] = await db
        .select({ id: user.id, active: user.active })
        .from(user)
        .where(eq(user.email, key.email));
      if (row && !row.active) {
        await db.delete(session).where(eq(session.userId, row.id));
        await recordFailure(db, key);
        return c.json(INVALID_CREDENTIALS, 401);
      }
      await clearAccountFailures(db, key.email);
    }
    return withoutSessionTokens(response);
  });
  // A second-factor code is six digits: wrong guesses are throttled per address as wrong passwords are.
  routes.post('/two-factor/verify-*', async (c) => {
    const address = callerAddress(c, trustProxy);
    const key = { email: `two-factor:${address}`, address };
    const wait = await secondsUntilAllowed(db, key, new Date());
    if (wait > 0) throw new AppError('rate_limited', undefined, [], wait);
    const response = await auth.handler(c.req.raw);
    if (response.status === 401) await recordFailure(db, key);
    else if (response.ok) await clearAccountFailures(db, key.email);
    return withoutSessionTokens(response);
  });
  routes.post('/sign-up/*', () => {
    throw new AppError('forbidden', 'Accounts are created by invitation');
  });
  routes.on(['GET', 'POST'], '/*', async (c) => withoutSessionTokens(await auth.handler(c.req.raw)));
  return routes;
}
