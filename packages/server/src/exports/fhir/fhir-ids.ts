import { createHash } from 'node:crypto';

/** Namespace for name-based UUIDs (RFC 9562 version 5) of exported resources. */
const NAMESPACE = Buffer.from('6b1f2c4e8a3d4f5e9c7b0a1d2e3f4a5b', 'hex');

/**
 * A stable `urn:uuid:` for a resource, derived from the patient and what the resource is, so exporting
 * the same record twice yields the same identities and a receiving system can update instead of duplicate.
 */
export function resourceUrn(patientId: string, key: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${patientId}\u0000${key}`).digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
