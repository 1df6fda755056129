/**
 * Limits the API enforces that the apps also show before sending. This module imports nothing, so the
 * web app can use it at run time without taking the schemas (and zod) into its bundle.
 */
export const MIN_PASSWORD_LENGTH = 10;
/** Consecutive day plans one request may ask for (offline use). */
export const MAX_PLAN_DAYS = 14;
/** Characters in one message between a patient and their therapist. */
export const MAX_MESSAGE_CHARACTERS = 4000;
/** Bytes of the JPEG photo a patient may attach to a message. */
export const MAX_MESSAGE_PHOTO_BYTES = 5 * 1024 * 1024;
