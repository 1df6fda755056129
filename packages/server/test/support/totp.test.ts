import { describe, expect, it } from 'vitest';
import { totpCode } from './totp.js';

// RFC 6238 appendix B, SHA-1 rows, key "12345678901234567890" (base32 below), last 6 digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('totpCode', () => {
  it.each([
    { seconds: 59, code: '287082' },
    { seconds: 1111111109, code: '081804' },
    { seconds: 1234567890, code: '005924' },
    { seconds: 2000000000, code: '279037' },
  ])('gives the RFC 6238 code at $seconds s', ({ seconds, code }) => {
    expect(totpCode(RFC_SECRET, new Date(seconds * 1000))).toBe(code);
  });
});
