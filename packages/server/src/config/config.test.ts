import { describe, expect, it } from 'vitest';
import { ConfigError, isLocalOrigin, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('fills in the defaults', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      dataDir: './data',
      databaseUrl: null,
      publicUrl: 'http://localhost:3000',
      logLevel: 'info',
      authSecret: null,
      trustedOrigins: ['http://127.0.0.1:3000', 'http://[::1]:3000'],
      trustProxy: 0,
      mail: null,
    });
  });

  it.each([
    { publicUrl: 'http://localhost:3000', aliases: ['http://127.0.0.1:3000', 'http://[::1]:3000'] },
    { publicUrl: 'http://127.0.0.1:8080', aliases: ['http://localhost:8080', 'http://[::1]:8080'] },
    { publicUrl: 'https://clinic.example', aliases: [] },
    { publicUrl: 'http://192.168.1.20:3000', aliases: [] },
  ])('trusts the other loopback names of $publicUrl: $aliases', ({ publicUrl, aliases }) => {
    expect(loadConfig({ PUBLIC_URL: publicUrl }).trustedOrigins).toEqual(aliases);
  });

  it('listens where HOST says, an address or a host name', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(loadConfig({ HOST: 'minimus.internal' }).host).toBe('minimus.internal');
  });

  it('reads the mail settings as a pair', () => {
    expect(
      loadConfig({
        MINIMUS_SMTP_URL: 'smtp://mailer:4025',
        MINIMUS_MAIL_FROM: 'Clinic <care@clinic.example>',
      }).mail,
    ).toEqual({ smtpUrl: 'smtp://mailer:4025', from: 'Clinic <care@clinic.example>' });
    expect(() => loadConfig({ MINIMUS_SMTP_URL: 'smtp://mailer:4025' })).toThrow(/set both/);
    expect(() => loadConfig({ MINIMUS_MAIL_FROM: 'care@clinic.example' })).toThrow(/set both/);
  });

  it('reads the trusted proxies as a hop count or loopback', () => {
    expect(loadConfig({ MINIMUS_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ MINIMUS_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });

  it('reads extra trusted origins as a comma-separated list', () => {
    expect(
      loadConfig({
        MINIMUS_TRUSTED_ORIGINS: 'http://localhost:5173, http://127.0.0.1:5173',
        PUBLIC_URL: 'https://clinic.example',
      }).trustedOrigins,
    ).toEqual(['http://localhost:5173', 'http://127.0.0.1:5173']);
  });

  it('derives the public URL from the port and trims a trailing slash', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://clinic.example/' }).publicUrl).toBe('https://clinic.example');
  });

  it.each([
    { variable: 'HOST', value: 'not a host!' },
    { variable: 'HOST', value: 'http://0.0.0.0' },
    { variable: 'PORT', value: 'eighty' },
    { variable: 'PORT', value: '70000' },
    { variable: 'DATABASE_URL', value: 'mysql://localhost/db' },
    { variable: 'PUBLIC_URL', value: 'ftp://clinic.example' },
    { variable: 'LOG_LEVEL', value: 'loud' },
    { variable: 'MINIMUS_SMTP_URL', value: 'http://mailer' },
    { variable: 'MINIMUS_MAIL_FROM', value: 'not an address' },
    { variable: 'MINIMUS_AUTH_SECRET', value: 'short' },
    { variable: 'MINIMUS_TRUSTED_ORIGINS', value: 'http://localhost:5173, not a url' },
    { variable: 'MINIMUS_TRUST_PROXY', value: 'yes' },
    { variable: 'MINIMUS_TRUST_PROXY', value: '-1' },
    { variable: 'MINIMUS_TRUST_PROXY', value: '1.5' },
  ])('stops on a bad $variable, naming it', ({ variable, value }) => {
    let caught: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).message).toContain(variable);
  });
});

describe('isLocalOrigin', () => {
  it.each([
    { url: 'http://localhost:3000', local: true },
    { url: 'http://127.0.0.1:8080', local: true },
    { url: 'https://clinic.example', local: false },
  ])('$url is local: $local', ({ url, local }) => {
    expect(isLocalOrigin(url)).toBe(local);
  });
});
