import { type Protocol, type ProtocolRef, protocolFor } from '@minimus/core';

/**
 * The protocol a stored program follows. A program naming a version this server does not carry is
 * a deployment fault (a newer server wrote it), not a client's mistake, so it fails as an internal error.
 */
export function followedProtocol(ref: ProtocolRef): Protocol {
  const lookup = protocolFor(ref);
  if (lookup.kind === 'unknown') throw new Error(`unknown protocol ${lookup.ref.id}@${lookup.ref.version}`);
  return lookup.protocol;
}
