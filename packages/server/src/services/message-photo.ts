import { MAX_MESSAGE_PHOTO_BYTES } from '@minimus/contract';
import { AppError } from '../http/app-error.js';

/** Every JPEG begins with the start-of-image marker followed by another marker. */
const JPEG_START = [0xff, 0xd8, 0xff];

function refuse(message: string): never {
  throw new AppError('validation_failed', undefined, [{ path: 'photo', message }]);
}

/**
 * The photo of a message as bytes, checked by what it is (a JPEG's first bytes, not a name or a
 * declared type) and by size. The phone re-encodes photos to JPEG, which drops their metadata.
 *
 * @example
 * messagePhoto(base64OfJpeg); // Uint8Array
 */
export function messagePhoto(base64: string): Uint8Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) refuse('must be a photo');
  if (bytes.length > MAX_MESSAGE_PHOTO_BYTES) refuse('must be a photo of at most 5 MB');
  if (!JPEG_START.every((byte, index) => bytes[index] === byte)) refuse('must be a JPEG photo');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
