import { eq } from 'drizzle-orm';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { patient, session, user } from '../db/schema/index.js';
import type { AppEnv } from '../http/app-env.js';
import { AppError } from '../http/app-error.js';
import type { Actor, Role } from './actor.js';
import type { Auth } from './auth.js';
import { judgeSession } from './session-policy.js';

/**
 * Finds who is calling from the session cookie and applies the per-role session lifetimes: an
 * expired or idle staff session is deleted on the server, a live one is extended. A deactivated
 * account has no actor.
 */
export async function resolveActor(auth: Auth, db: Database, headers: Headers): Promise<Actor | null> {
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
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    role,
    clinicId: row.clinicId,
    patientId: row.patientId,
    locale: row.locale,
  };
}

/** Puts the caller on the context; routes behind it answer 401 without a valid session. */
export function requireActor(auth: Auth, db: Database): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = await resolveActor(auth, db, c.req.raw.headers);
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
