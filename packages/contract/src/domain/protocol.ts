import { protocolSchema } from '@minimus/core';
import type { z } from 'zod';

/**
 * The protocol a program follows: exercise texts, phases, gates, screens, outcomes and education. Core
 * already describes it in full to check protocol files (`protocolSchema`); the API documents that very
 * schema rather than a second copy of it.
 */
export const protocol = protocolSchema.meta({
  id: 'Protocol',
  description: 'Exercise texts, phases, gates, screens, outcome measures and education',
});

export type ProtocolView = z.infer<typeof protocol>;
