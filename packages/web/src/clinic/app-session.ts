import type { Protocol } from '@minimus/core';
import { createContext, useContext } from 'react';
import type { Me } from '../shared/api/account.js';

/** The signed-in clinician and the protocol their patients' programs follow. */
export interface ClinicSession {
  me: Me;
  protocol: Protocol;
  signOut: () => void;
}

export const ClinicSessionContext = createContext<ClinicSession | null>(null);

export function useClinicSession(): ClinicSession {
  const session = useContext(ClinicSessionContext);
  if (!session) throw new Error('useClinicSession outside a signed-in clinician page');
  return session;
}
