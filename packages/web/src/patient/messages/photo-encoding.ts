import { MAX_MESSAGE_PHOTO_BYTES } from '@minimus/contract/limits';

/** Large enough to show a bruise or a swelling clearly; a phone photo shrinks to well under 5 MB. */
const LONGEST_SIDE_PX = 1600;
const JPEG_QUALITY = 0.85;

export type EncodedPhoto = { kind: 'ready'; base64: string } | { kind: 'too-big' } | { kind: 'unreadable' };

/** Base64 of bytes, in slices so a large photo does not overflow the argument list. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/**
 * Draws the photo on a canvas and encodes it as a new JPEG: what leaves the phone is pixels only, with
 * none of the original file's metadata (location, camera, time). Upright as the camera meant it.
 */
export async function encodePhoto(file: Blob): Promise<EncodedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { kind: 'unreadable' };
  }
  const scale = Math.min(1, LONGEST_SIDE_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const jpeg = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
  );
  if (!jpeg) return { kind: 'unreadable' };
  if (jpeg.size > MAX_MESSAGE_PHOTO_BYTES) return { kind: 'too-big' };
  return { kind: 'ready', base64: base64Of(new Uint8Array(await jpeg.arrayBuffer())) };
}
