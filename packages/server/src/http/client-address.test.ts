import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless a proxy is trusted', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.5', 0)).toBe('127.0.0.1');
    expect(clientAddress('198.51.100.2', '203.0.113.5', 0)).toBe('198.51.100.2');
    expect(clientAddress(undefined, '203.0.113.5', 0)).toBe('unknown');
  });

  it('takes the entry the trusted proxy appended, not what the client put before it', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.5', 1)).toBe('203.0.113.5');
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.5', 1)).toBe('203.0.113.5');
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.5, 10.0.0.1', 2)).toBe('203.0.113.5');
  });

  it('falls back to the furthest hop when the header is shorter than the trusted chain', () => {
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '203.0.113.5', 3)).toBe('203.0.113.5');
  });

  it('with loopback, believes the header only from proxies on this machine', () => {
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.5', 'loopback')).toBe('203.0.113.5');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.5, ::1', 'loopback')).toBe('203.0.113.5');
    expect(clientAddress('198.51.100.2', '203.0.113.5', 'loopback')).toBe('198.51.100.2');
    expect(clientAddress('127.0.0.1', undefined, 'loopback')).toBe('127.0.0.1');
  });

  it('keeps a hostile entry short', () => {
    expect(clientAddress('127.0.0.1', 'x'.repeat(5_000), 1)).toHaveLength(64);
  });
});
