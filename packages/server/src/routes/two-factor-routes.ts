import { createRoute } from '@hono/zod-openapi';
import { twoFactorEnrolmentView, twoFactorInput, twoFactorStatusView } from '@minimus/contract';
import { APIError } from 'better-auth/api';
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { actorOf } from '../auth/current-actor.js';
import { user } from '../db/schema/index.js';
import { AppError } from '../http/app-error.js';
import type { Dependencies } from '../http/dependencies.js';
import { audit } from '../services/patient-access.js';
import { ERRORS, json, jsonBody, newRouter, SESSION_SECURITY, useCase } from './route-kit.js';

const tags = ['Accounts'];

const statusRoute = createRoute({
  method: 'get',
  path: '/me/two-factor',
  tags,
  summary: 'Whether the signed-in staff account asks for a TOTP code at sign-in',
  security: SESSION_SECURITY,
  responses: {
    200: json(twoFactorStatusView, 'The state'),
    ...ERRORS,
  },
});

const enrolRoute = createRoute({
  method: 'post',
  path: '/me/two-factor',
  tags,
  summary:
    'Start TOTP enrolment with the account password (staff); confirm with POST /api/auth/two-factor/verify-totp',
  security: SESSION_SECURITY,
  request: jsonBody(twoFactorInput),
  responses: { 200: json(twoFactorEnrolmentView, 'The secret to add to an authenticator app'), ...ERRORS },
});

function secretOf(totpUri: string): string {
  const secret = new URL(totpUri).searchParams.get('secret');
  if (!secret) throw new AppError('internal_error', 'The TOTP URI carries no secret');
  return secret;
}

export const twoFactorRouteDefinitions = [statusRoute, enrolRoute];

/** TOTP for staff: better-auth's two-factor plugin keeps the secret; this shows it as a QR code and text. */
export function twoFactorRoutes(deps: Dependencies) {
  return newRouter()
    .openapi(statusRoute, async (c) => {
      const [row] = await deps.db
        .select({ enabled: user.twoFactorEnabled })
        .from(user)
        .where(eq(user.id, actorOf(c).userId));
      return c.json({ enabled: row?.enabled === true }, 200);
    })
    .openapi(enrolRoute, async (c) => {
      const context = useCase(c, deps);
      if (context.actor.role === 'patient') {
        await audit(context, 'two-factor.enrol', null, 'denied');
        throw new AppError('forbidden', 'Two-step sign-in is for staff accounts');
      }
      try {
        const enabled = await deps.auth.api.enableTwoFactor({
          body: { password: c.req.valid('json').password, method: 'totp' },
          headers: c.req.raw.headers,
        });
        if (enabled.method !== 'totp') throw new AppError('internal_error', 'TOTP enrolment gave no secret');
        const qrSvg = await QRCode.toString(enabled.totpURI, {
          type: 'svg',
          errorCorrectionLevel: 'M',
          margin: 2,
        });
        await audit(context, 'two-factor.enrol', null, 'allowed');
        const { totpURI, backupCodes } = enabled;
        return c.json({ totpUri: totpURI, secret: secretOf(totpURI), qrSvg, backupCodes }, 200);
      } catch (error) {
        if (!(error instanceof APIError)) throw error;
        await audit(context, 'two-factor.enrol', null, 'failed');
        if (error.status === 'BAD_REQUEST' && error.body?.code === 'INVALID_PASSWORD')
          throw new AppError('validation_failed', undefined, [
            { path: 'password', message: 'wrong password' },
          ]);
        throw new AppError('conflict', error.message);
      }
    });
}
