import { z } from 'zod';

/** The patient's calendar-feed link: made once (shown then), its state afterwards. */
export const calendarFeedView = z.object({ url: z.string() });
export const calendarFeedStatusView = z
  .object({ active: z.boolean(), createdAt: z.string().nullable() })
  .meta({ id: 'CalendarFeedStatus' });

export type CalendarFeed = z.infer<typeof calendarFeedView>;
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusView>;
