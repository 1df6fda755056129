import type { AlertView } from '@minimus/contract';
import { AppError } from '../http/app-error.js';
import type { AlertStatus, NamedAlertRow } from '../repositories/alert-repository.js';
import { refreshAttention } from './attention-snapshot.js';
import { audit, canSee, withPatient, withRole } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';

export function presentAlert(row: NamedAlertRow & { patientName?: string }): AlertView {
  return {
    id: row.id,
    patientId: row.patientId,
    ...(row.patientName !== undefined ? { patientName: row.patientName } : {}),
    key: row.key,
    kind: row.kind,
    severity: row.severity,
    date: row.date,
    exerciseId: row.exerciseId,
    ruleId: row.ruleId,
    message: row.message,
    physicianMessage: row.physicianMessage,
    therapistMessage: row.therapistMessage,
    notifyTherapist: row.notifyTherapist,
    status: row.status,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedBy,
    acknowledgedByName: row.acknowledgedByName,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function listClinicAlerts(
  context: UseCaseContext,
  status: AlertStatus | undefined,
): Promise<AlertView[]> {
  return withRole(context, 'alert.list', ['therapist', 'admin'], async () =>
    (await context.repos.alerts.listForClinic(context.actor.clinicId, status)).map(presentAlert),
  );
}

export function listPatientAlerts(context: UseCaseContext, patientId: string): Promise<AlertView[]> {
  return withPatient(context, patientId, 'alert.read', ['patient', 'therapist', 'admin'], async () =>
    (await context.repos.alerts.listForPatient(patientId)).map(presentAlert),
  );
}

/** The therapist marks an alert seen, with a note that stays on the record. */
export async function acknowledgeAlert(
  context: UseCaseContext,
  alertId: string,
  note: string,
): Promise<AlertView> {
  const found = await context.repos.alerts.find(alertId);
  const patient = found ? await context.repos.patients.find(found.patientId) : null;
  if (!found || !patient || !canSee(context, patient)) {
    await audit(context, 'alert.acknowledge', patient?.id ?? null, 'denied');
    throw new AppError('not_found', 'No such alert');
  }
  return withPatient(context, patient.id, 'alert.acknowledge', ['therapist'], async () => {
    const updated = await context.repos.alerts.acknowledge(alertId, context.actor.userId, note);
    if (!updated) throw new AppError('not_found', 'No such alert');
    await refreshAttention(context.repos, patient.id);
    return presentAlert(updated);
  });
}
