import type { Protocol } from '@minimus/core';
import { createContext, useContext } from 'react';
import type { Me } from '../../shared/api/account.js';

/** Who is signed in and the protocol their program follows, once both are known. */
export interface PatientSession {
  me: Me;
  patientId: string;
  protocol: Protocol;
  /** Reloads `me` and the protocol, e.g. after signing in. */
  reload: () => void;
}

export const SessionContext = createContext<PatientSession | null>(null);

export function usePatientSession(): PatientSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('usePatientSession outside a signed-in page');
  return session;
}
