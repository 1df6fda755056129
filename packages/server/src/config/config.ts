import { isIP } from 'node:net';
import { z } from 'zod';
import type { TrustedProxies } from '../http/client-address.js';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** An IPv4 or IPv6 address, or a host name, to listen on. */
const listenHost = z
  .string()
  .refine(
    (value) =>
      isIP(value) !== 0 ||
      /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(
        value,
      ),
    'must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name',
  );

const environmentSchema = z.object({
  HOST: listenHost.default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  MINIMUS_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  MINIMUS_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  MINIMUS_TRUSTED_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ })))
    .optional(),
  MINIMUS_TRUST_PROXY: z
    .union([z.literal('loopback'), z.coerce.number().int().min(0).max(10)], {
      error: 'must be a number of proxy hops (0 to 10) or "loopback"',
    })
    .default(0),
  MINIMUS_SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error: 'must be an smtp:// or smtps:// URL, such as smtp://user:pass@host:587',
    })
    .optional(),
  MINIMUS_MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, 'must be an address, or Name <address>')
    .optional(),
});

export interface Config {
  /** The address to listen on: 127.0.0.1 unless set (0.0.0.0 behind a proxy on another machine or in a container). */
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  publicUrl: string;
  logLevel: LogLevel;
  /** A fixed signing secret; without one, the server keeps a generated secret in the database. */
  authSecret: string | null;
  /**
   * Other origins allowed to sign in: those set in MINIMUS_TRUSTED_ORIGINS (such as the web app's
   * development server), and, when PUBLIC_URL is a loopback address, its other loopback names on the
   * same port (http://127.0.0.1:3000 beside http://localhost:3000), since the browser may use either.
   */
  trustedOrigins: string[];
  /** Proxies whose X-Forwarded-For names the client (for the sign-in throttle); 0 trusts none. */
  trustProxy: TrustedProxies;
  /** Where email goes out, with the sender it says it is from; null sends no email. */
  mail: { smtpUrl: string; from: string } | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the server's settings from environment variables; a bad value throws a
 * `ConfigError` that names the variable, so start-up stops before anything listens.
 *
 * @example
 * const config = loadConfig({ PORT: '8080' });
 * config.publicUrl; // 'http://localhost:8080'
 */
export function loadConfig(environment: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const publicUrl = (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, '');
  if (Boolean(values.MINIMUS_SMTP_URL) !== Boolean(values.MINIMUS_MAIL_FROM)) {
    throw new ConfigError([
      'MINIMUS_SMTP_URL and MINIMUS_MAIL_FROM: set both to send email, or neither to send none',
    ]);
  }
  return {
    host: values.HOST,
    port: values.PORT,
    dataDir: values.MINIMUS_DATA_DIR,
    databaseUrl: values.DATABASE_URL ?? null,
    publicUrl,
    logLevel: values.LOG_LEVEL,
    authSecret: values.MINIMUS_AUTH_SECRET ?? null,
    trustedOrigins: [...(values.MINIMUS_TRUSTED_ORIGINS ?? []), ...loopbackAliases(publicUrl)],
    trustProxy: values.MINIMUS_TRUST_PROXY,
    mail:
      values.MINIMUS_SMTP_URL && values.MINIMUS_MAIL_FROM
        ? { smtpUrl: values.MINIMUS_SMTP_URL, from: values.MINIMUS_MAIL_FROM }
        : null,
  };
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Cookies and HSTS relax only where the browser itself treats the origin as a local one. */
export function isLocalOrigin(publicUrl: string): boolean {
  return LOOPBACK_NAMES.includes(new URL(publicUrl).hostname);
}

/**
 * The other loopback names of a loopback PUBLIC_URL, same scheme and port: the same server, which
 * a browser may reach by any of them. None for any other address.
 * @example loopbackAliases('http://localhost:3000') // ['http://127.0.0.1:3000', 'http://[::1]:3000']
 */
export function loopbackAliases(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  if (!LOOPBACK_NAMES.includes(url.hostname)) return [];
  return LOOPBACK_NAMES.filter((name) => name !== url.hostname).map((name) => {
    const alias = new URL(url.origin);
    alias.hostname = name;
    return alias.origin;
  });
}
