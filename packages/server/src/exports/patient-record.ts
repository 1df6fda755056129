import { type History, type IsoDate, isIsoDate, type Program, type Protocol } from '@minimus/core';

/**
 * Everything an export needs about one patient, as plain values the server has already loaded and
 * authorised. Side, injury date, time zone and therapist decisions live in `program`; the condition and
 * phase come from the engine's plans, so they are never stored twice.
 */
export interface PatientRecord {
  patient: { id: string; name: string };
  clinic: { name: string };
  /** The therapist's name and how a physician reaches them (the account's email). */
  therapist: { name: string; email: string };
  protocol: Protocol;
  program: Program;
  history: History;
  /**
   * Messages of the patient's thread, oldest first: in the FHIR export for the people of the thread, in
   * the physician summary only those the therapist ticked. Absent when the reader may not see them.
   */
  messages?: readonly ExportedMessage[];
}

/** One message as an export carries it. */
export interface ExportedMessage {
  id: string;
  author: 'patient' | 'therapist';
  authorName: string;
  text: string;
  sentAt: Date;
  readAt: Date | null;
  /** The JPEG, when one was attached and the export carries photos (FHIR); null otherwise. */
  photo: Uint8Array | null;
}

export type ExportErrorCode =
  | 'export.invalid-date'
  | 'export.invalid-time'
  | 'export.invalid-time-zone'
  | 'export.invalid-range'
  | 'export.protocol-mismatch';

/** Bad input to an export: carries a stable code the server maps to a 422 problem response. */
export class ExportInputError extends Error {
  readonly code: ExportErrorCode;

  constructor(code: ExportErrorCode, message: string) {
    super(message);
    this.name = 'ExportInputError';
    this.code = code;
  }
}

export function requireDate(value: IsoDate, what: string): IsoDate {
  if (!isIsoDate(value)) throw new ExportInputError('export.invalid-date', `${what} is not a date: ${value}`);
  return value;
}

/** True for IANA zone names the runtime knows (e.g. `Europe/Berlin`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function requireTimeZone(value: string): string {
  if (!isTimeZone(value))
    throw new ExportInputError('export.invalid-time-zone', `unknown time zone: ${value}`);
  return value;
}

/** An export of a program must use the protocol version the program follows, or the texts would not match. */
export function requireMatchingProtocol(record: PatientRecord): void {
  const { protocol, program } = record;
  if (protocol.id !== program.protocol.id || protocol.version !== program.protocol.version) {
    throw new ExportInputError(
      'export.protocol-mismatch',
      `program follows ${program.protocol.id}@${program.protocol.version}, not ${protocol.id}@${protocol.version}`,
    );
  }
}
