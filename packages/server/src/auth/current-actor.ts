import { eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { patient, session, user } from '../db/schema/index.js';
import type { AppEnv } from '../http/app-env.js';
import { AppError } from '../http/app-error.js';
import type { MemoryCache } from '../repositories/memory-cache.js';
import type { Actor, Role } from './actor.js';
import type { Auth } from './auth.js';
import { judgeSession } from './session-policy.js';

/** A session better-auth has verified, as kept in memory between requests (ADR 0005). */
export interface KnownSession {
  sessionId: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  actor: Actor;
}

export interface SessionMemory {
  cache: MemoryCache<KnownSession>;
  cookieName: string;
  /** Resolves once every change committed before the call is reflected in memory. */
  catchUp(): Promise<void>;
}

/** The session cookie's raw value, or null when it is absent or sent more than once. */
export function sessionCookieValue(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  let found: string | null = null;
  for (const pair of cookieHeader.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    if (found !== null) return null;
    found = pair.slice(at + 1).trim();
  }
  return found || null;
}

/** Applies the session lifetimes to a session known from an earlier request. */
async function fromMemory(db: Database, known: KnownSession, memory: SessionMemory, key: string) {
  const verdict = judgeSession(known.actor.role, known, new Date());
  if (verdict.kind === 'expired') {
    memory.cache.drop(key);
    await db.delete(session).where(eq(session.id, known.sessionId));
    return null;
  }
  if (verdict.extendTo) {
    memory.cache.drop(key);
    await db
      .update(session)
      .set({ expiresAt: verdict.extendTo, updatedAt: new Date() })
      .where(eq(session.id, known.sessionId));
  }
  return known.actor;
}

/**
 * Finds who is calling from the session cookie and applies the per-role session lifetimes: an
 * expired or idle staff session is deleted on the server, a live one is extended. A deactivated
 * account has no actor. With `memory`, a session verified before is taken from memory while the
 * database's change feed says nothing about it changed.
 */
export async function resolveActor(
  auth: Auth,
  db: Database,
  headers: Headers,
  memory?: SessionMemory,
): Promise<Actor | null> {
  const key = memory ? sessionCookieValue(headers.get('cookie'), memory.cookieName) : null;
  if (memory && key) {
    await memory.catchUp();
    const known = memory.cache.get(key);
    if (known) return fromMemory(db, known, memory, key);
  }
  const read = memory?.cache.startRead() ?? 0;
  const found = await auth.api.getSession({ headers, query: { disableRefresh: true } });
  if (!found) return null;
  const [row] = await db
    .select({
      userId: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      clinicId: user.clinicId,
      active: user.active,
      locale: user.locale,
      patientId: patient.id,
    })
    .from(user)
    .leftJoin(patient, eq(patient.userId, user.id))
    .where(eq(user.id, found.user.id));
  if (!row) return null;
  const role: Role = row.role;
  const verdict = judgeSession(role, found.session, new Date());
  if (verdict.kind === 'expired' || !row.active) {
    await db.delete(session).where(eq(session.id, found.session.id));
    return null;
  }
  if (verdict.extendTo) {
    await db
      .update(session)
      .set({ expiresAt: verdict.extendTo, updatedAt: new Date() })
      .where(eq(session.id, found.session.id));
  }
  const actor: Actor = {
    userId: row.userId,
    name: row.name,
    email: row.email,
    role,
    clinicId: row.clinicId,
    patientId: row.patientId,
    locale: row.locale,
  };
  if (memory && key) {
    const { id: sessionId, createdAt, expiresAt } = found.session;
    memory.cache.keep(
      key,
      { sessionId, userId: row.userId, createdAt, expiresAt: verdict.extendTo ?? expiresAt, actor },
      read,
    );
  }
  return actor;
}

/** Puts the caller on the context; routes behind it answer 401 without a valid session. */
export function requireActor(auth: Auth, db: Database, memory?: SessionMemory): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = await resolveActor(auth, db, c.req.raw.headers, memory);
    if (!actor) throw new AppError('unauthenticated');
    c.set('actor', actor);
    await next();
  };
}

/** The caller set by `requireActor`. */
export function actorOf(c: { get(key: 'actor'): Actor | null }): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('unauthenticated');
  return actor;
}
