import { GLUTEUS_MINIMUS_PROTOCOL, GLUTEUS_MINIMUS_PROTOCOL_1_0 } from './gluteus-minimus.js';
import type { Protocol, ProtocolRef } from './protocol.js';

/** Every protocol version a program may follow. A program records which one; none is ever dropped. */
export const PROTOCOLS: readonly Protocol[] = [GLUTEUS_MINIMUS_PROTOCOL_1_0, GLUTEUS_MINIMUS_PROTOCOL];

/** The protocol a new program follows, and the one staff see before they open a patient. */
export const DEFAULT_PROTOCOL: Protocol = GLUTEUS_MINIMUS_PROTOCOL;

export type ProtocolLookup = { kind: 'found'; protocol: Protocol } | { kind: 'unknown'; ref: ProtocolRef };

/**
 * The protocol a program follows, found by id and version.
 *
 * @example
 * protocolFor({ id: 'gluteus-minimus', version: '2.0.0' }); // { kind: 'found', protocol: ... }
 */
export function protocolFor(ref: ProtocolRef): ProtocolLookup {
  const protocol = PROTOCOLS.find(
    (candidate) => candidate.id === ref.id && candidate.version === ref.version,
  );
  return protocol
    ? { kind: 'found', protocol }
    : { kind: 'unknown', ref: { id: ref.id, version: ref.version } };
}

/** Why programs on 1.0.0 were moved to 2.0.0: the reason of the recorded program change. */
export const PROTOCOL_2_0_REASON = 'protocol 2.0: safer screens and setbacks';
