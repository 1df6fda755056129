export type Role = 'admin' | 'therapist' | 'patient';

/** Who is making a request, as every service sees it. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  clinicId: string;
  /** The patient record of a patient account; null for staff. */
  patientId: string | null;
  locale: string;
}

export function isStaff(actor: Pick<Actor, 'role'>): boolean {
  return actor.role !== 'patient';
}
