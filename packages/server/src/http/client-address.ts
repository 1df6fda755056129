import { isIP } from 'node:net';

/**
 * Which proxies in front of the server may say who the client is: `0` none (the socket's peer is the
 * client, and `X-Forwarded-For` is ignored), a count of proxy hops whose `X-Forwarded-For` entries
 * are believed, or `loopback` to believe entries only while they come from this machine.
 */
export type TrustedProxies = number | 'loopback';

function isLoopback(address: string): boolean {
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return plain === '::1' || (isIP(plain) === 4 && plain.startsWith('127.'));
}

/**
 * The client's address for the sign-in throttle. The hops run from the socket's peer back through
 * `X-Forwarded-For` read right to left, since each proxy appends the address it was reached from;
 * entries left of the trusted hops are whatever the client chose to send and are never used.
 *
 * @example
 * clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.5', 1); // '203.0.113.5'
 * clientAddress('127.0.0.1', '203.0.113.5', 0); // '127.0.0.1'
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trusted: TrustedProxies,
): string {
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
  const hops = [socketAddress ?? 'unknown', ...forwarded];
  let index = 0;
  if (trusted === 'loopback') {
    while (index < hops.length - 1 && isLoopback(hops[index] ?? '')) index += 1;
  } else {
    index = Math.min(trusted, hops.length - 1);
  }
  return (hops[index] ?? 'unknown').slice(0, 64);
}
