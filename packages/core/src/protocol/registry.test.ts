import { describe, expect, it } from 'vitest';
import { GLUTEUS_MINIMUS_PROTOCOL } from './gluteus-minimus.js';
import { DEFAULT_PROTOCOL, PROTOCOLS, protocolFor } from './registry.js';

describe('a program finds the protocol version it follows', () => {
  it.each([
    { ref: { id: 'gluteus-minimus', version: '1.0.0' }, kind: 'found' },
    { ref: { id: 'gluteus-minimus', version: '2.0.0' }, kind: 'found' },
    { ref: { id: 'gluteus-minimus', version: '3.0.0' }, kind: 'unknown' },
    { ref: { id: 'achilles', version: '1.0.0' }, kind: 'unknown' },
  ] as const)('$ref.id@$ref.version is $kind', ({ ref, kind }) => {
    expect(protocolFor(ref).kind).toBe(kind);
  });

  it('gives back the registered protocol itself, 2.0.0 the default for new programs', () => {
    expect(DEFAULT_PROTOCOL.version).toBe('2.0.0');
    expect(protocolFor({ id: 'gluteus-minimus', version: '2.0.0' })).toEqual({
      kind: 'found',
      protocol: GLUTEUS_MINIMUS_PROTOCOL,
    });
  });

  it('names the reference it could not find', () => {
    expect(protocolFor({ id: 'gluteus-minimus', version: '9' })).toEqual({
      kind: 'unknown',
      ref: { id: 'gluteus-minimus', version: '9' },
    });
  });
});

describe('the registry holds each protocol version once, the default among them', () => {
  it('has no two protocols with the same id and version', () => {
    const keys = PROTOCOLS.map((protocol) => `${protocol.id}@${protocol.version}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('registers the default protocol', () => {
    expect(protocolFor(DEFAULT_PROTOCOL)).toEqual({ kind: 'found', protocol: DEFAULT_PROTOCOL });
  });
});
