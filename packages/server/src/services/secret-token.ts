import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: unguessable links for invitations and calendar feeds. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Links are stored only as this hash, so a copy of the database opens no account and no feed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
