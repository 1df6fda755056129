import { z } from 'zod';

/**
 * Where a patient stands with onboarding, as the server knows it: a patient who has answered the
 * first safety questions is not asked them again on a new phone, and the activities they rated come back.
 */
export const onboardingView = z
  .object({
    done: z.boolean().meta({ description: 'The first safety questions have been answered and stored' }),
    psfsActivities: z.array(z.string()).meta({
      description: 'The activities of the latest PSFS rating, in its order; empty before the first',
    }),
  })
  .meta({ id: 'Onboarding' });

export type Onboarding = z.infer<typeof onboardingView>;
