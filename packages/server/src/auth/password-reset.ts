import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { passwordReset, session } from '../db/schema/index.js';
import { AppError } from '../http/app-error.js';
import { type AccountRepository, accountRepository } from '../repositories/account-repository.js';
import type { Mailbox } from '../services/request-context.js';
import { hashToken, newSecretToken } from '../services/secret-token.js';
import { hashPassword } from './passwords.js';
import { recordFailure, type SignInKey, secondsUntilAllowed } from './sign-in-throttle.js';

/** A reset link works once, for 30 minutes. */
export const RESET_LIFETIME_MS = 30 * 60_000;

/** The page the emailed link opens, under the patient app (it serves staff too). */
export const resetPath = (token: string) => `/reset-password/${token}`;

/**
 * Starts a password reset: for an active account with that address, a one-time link (stored only as
 * its hash) is emailed. The caller learns nothing about whether the address is known: the answer and
 * the work done before it are the same. Requests count against the sign-in throttle of the address and
 * of the caller's network address, so the form cannot be used to flood an inbox.
 */
export async function requestPasswordReset(
  deps: { db: Database; accounts: AccountRepository; mailbox: Mailbox | undefined },
  request: { email: string; address: string; now: Date },
): Promise<{ emailOn: boolean }> {
  const email = request.email.trim().toLowerCase();
  const key: SignInKey = { email: `reset:${email}`, address: request.address };
  const wait = await secondsUntilAllowed(deps.db, key, request.now);
  if (wait > 0) throw new AppError('rate_limited', undefined, [], wait);
  await recordFailure(deps.db, key);
  const emailOn = deps.mailbox?.emailOn === true;
  const account = await deps.accounts.findUserByEmail(email);
  if (!emailOn || !account?.active) return { emailOn };
  const token = newSecretToken();
  const tokenHash = hashToken(token);
  await deps.db.insert(passwordReset).values({
    tokenHash,
    userId: account.id,
    expiresAt: new Date(request.now.getTime() + RESET_LIFETIME_MS),
  });
  await deps.mailbox?.queueMessage({
    key: `password-reset.${tokenHash.slice(0, 32)}`,
    content: { kind: 'password-reset' },
    path: resetPath(token),
    to: { userId: account.id },
    channels: 'email',
  });
  return { emailOn };
}

/**
 * Sets a new password through a reset link: the link is used up, and every session of the account
 * ends (one on a lost or shared device included). Returns the account so the caller can sign it in.
 */
export async function resetPassword(
  db: Database,
  input: { token: string; password: string; now: Date },
): Promise<{ userId: string; email: string; role: 'admin' | 'therapist' | 'patient' }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordReset)
      .set({ usedAt: input.now })
      .where(
        and(
          eq(passwordReset.tokenHash, hashToken(input.token)),
          isNull(passwordReset.usedAt),
          gt(passwordReset.expiresAt, input.now),
        ),
      )
      .returning();
    if (!used) throw new AppError('gone', 'This link was used already or has expired; ask for a new one');
    const accounts = accountRepository(tx);
    const account = await accounts.findUser(used.userId);
    if (!account?.active) throw new AppError('gone', 'This account is no longer active');
    await tx.delete(session).where(eq(session.userId, account.id));
    // Earlier links of the account stop working too: the password they were for is gone.
    await tx
      .update(passwordReset)
      .set({ usedAt: input.now })
      .where(and(eq(passwordReset.userId, account.id), isNull(passwordReset.usedAt)));
    await accounts.setPassword(account.id, passwordHash);
    return { userId: account.id, email: account.email, role: account.role };
  });
}
