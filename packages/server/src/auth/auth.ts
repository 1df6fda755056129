import { MIN_PASSWORD_LENGTH } from '@minimus/contract';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { account, session, twoFactor as twoFactorTable, user, verification } from '../db/schema/index.js';
import type { Role } from './actor.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { initialExpiry, SESSION_POLICY } from './session-policy.js';

export interface AuthOptions {
  db: Database;
  publicUrl: string;
  secret: string;
  /** Outside localhost cookies are Secure and `__Host-` prefixed. */
  secureCookies: boolean;
  trustedOrigins?: readonly string[];
}

/** The session cookie's name; `__Host-` binds it to this exact origin over HTTPS. */
export function sessionCookieName(secureCookies: boolean): string {
  return secureCookies ? '__Host-minimus.session' : 'minimus.session';
}

/**
 * better-auth configured for Minimus: email and password only (accounts are created by invitation,
 * never by sign-up), argon2id hashes, sessions in the database, optional TOTP, telemetry off.
 * Session lifetimes per role are applied by `session-policy.ts`, so better-auth's own refresh is off.
 */
export function createAuth(options: AuthOptions) {
  const { db } = options;
  return betterAuth({
    appName: 'Minimus',
    baseURL: options.publicUrl,
    basePath: '/api/auth',
    secret: options.secret,
    trustedOrigins: [options.publicUrl, ...(options.trustedOrigins ?? [])],
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user, session, account, verification, twoFactor: twoFactorTable },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    user: {
      additionalFields: {
        role: { type: 'string', required: true, input: false },
        clinicId: { type: 'string', required: true, input: false },
        active: { type: 'boolean', required: false, input: false, defaultValue: true },
        locale: { type: 'string', required: false, input: false, defaultValue: 'en' },
      },
    },
    session: {
      expiresIn: SESSION_POLICY.patientMs / 1000,
      disableSessionRefresh: true,
    },
    // Sign-in throttling is ours (stored in the database, per account and per address).
    rateLimit: { enabled: false },
    plugins: [twoFactor({ issuer: 'Minimus' })],
    advanced: {
      useSecureCookies: false,
      cookies: {
        session_token: {
          name: sessionCookieName(options.secureCookies),
          attributes: { secure: options.secureCookies, sameSite: 'lax', httpOnly: true, path: '/' },
        },
      },
      defaultCookieAttributes: { secure: options.secureCookies, sameSite: 'lax', httpOnly: true },
    },
    databaseHooks: {
      session: {
        create: {
          before: async (data) => {
            const [row] = await db.select({ role: user.role }).from(user).where(eq(user.id, data.userId));
            const role: Role = row?.role ?? 'patient';
            return { data: { ...data, expiresAt: initialExpiry(role, new Date()) } };
          },
        },
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
