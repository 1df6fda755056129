import type { IsoDate } from '@minimus/core';

/** The later of two calendar dates (YYYY-MM-DD strings sort as dates). */
export function laterDate(left: IsoDate, right: IsoDate): IsoDate {
  return left < right ? right : left;
}
