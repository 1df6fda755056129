import type { AcceptedInvitation, InvitationStatus, Me } from '@minimus/contract';
import { requestJson } from './client.js';

/** Who is signed in, signing in and out, and invitations: what both apps ask the server. */
export type { Me };
export type InvitationInfo = InvitationStatus;

const V1 = '/api/v1';

export async function fetchMe(): Promise<Me> {
  return (await requestJson<Me>('GET', `${V1}/me`)).body;
}

/** Signs in; an account with a second factor gets no session yet and must send a code (`verifyTotp`). */

export async function signIn(email: string, password: string): Promise<{ needsCode: boolean }> {
  const { body } = await requestJson<{ twoFactorRedirect?: boolean } | null>(
    'POST',
    '/api/auth/sign-in/email',
    { email, password },
  );
  return { needsCode: body?.twoFactorRedirect === true };
}

export async function verifyTotp(code: string): Promise<void> {
  await requestJson('POST', '/api/auth/two-factor/verify-totp', { code });
}

export async function signOut(): Promise<void> {
  await requestJson('POST', '/api/auth/sign-out', {});
}

export async function fetchInvitation(token: string): Promise<InvitationInfo> {
  return (await requestJson<InvitationInfo>('GET', `${V1}/invitations/${encodeURIComponent(token)}`)).body;
}

export async function acceptInvitation(
  token: string,
  password: string,
  locale: string,
): Promise<AcceptedInvitation> {
  const path = `${V1}/invitations/${encodeURIComponent(token)}/accept`;
  return (await requestJson<AcceptedInvitation>('POST', path, { password, locale })).body;
}
