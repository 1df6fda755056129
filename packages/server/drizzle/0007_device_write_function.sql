-- Alerts from the engine, stored by key: a new key is inserted; a known one is updated only where the
-- engine now says something different, so an alert said again leaves patient.alerts_version alone.
CREATE OR REPLACE FUNCTION upsert_alerts(p_patient uuid, p_alerts jsonb) RETURNS void AS $$
  INSERT INTO alert AS stored (patient_id, key, kind, severity, date, exercise_id, rule_id, message,
                               physician_message, therapist_message, notify_therapist)
  SELECT p_patient, a.key, a.kind, a.severity, a.date, a.exercise_id, a.rule_id, a.message,
         a.physician_message, a.therapist_message, a.notify_therapist
    FROM jsonb_to_recordset(p_alerts) AS a(key text, kind text, severity text, date date, exercise_id text,
         rule_id text, message jsonb, physician_message jsonb, therapist_message jsonb, notify_therapist boolean)
  ON CONFLICT (patient_id, key) DO UPDATE
     SET severity = excluded.severity,
         message = excluded.message,
         physician_message = excluded.physician_message,
         therapist_message = excluded.therapist_message,
         notify_therapist = excluded.notify_therapist
   WHERE (stored.severity, stored.message, stored.physician_message, stored.therapist_message, stored.notify_therapist)
         IS DISTINCT FROM
         (excluded.severity, excluded.message, excluded.physician_message, excluded.therapist_message, excluded.notify_therapist);
$$ LANGUAGE sql;
--> statement-breakpoint
-- A write from a patient's device in one call (ADR 0008). The server plans it from the patient's state at
-- p_expected_version; under the patient's row lock this stores the record, the alerts of today's plan with
-- the record in it, and the audit row, only if that version still stands. Outcomes:
--   replayed: a record with this client id is stored already (its row is returned; nothing else changes);
--   stale:    another write came first (the version now standing is returned; nothing is stored);
--   created:  stored; the patient's data version is now p_expected_version + 1.
-- The record's stored time is read under the lock, so one patient's rows of a day sort as stored.
CREATE OR REPLACE FUNCTION record_device_write(
  p_table text, p_patient uuid, p_expected_version bigint, p_record jsonb, p_alerts jsonb, p_audit jsonb
) RETURNS jsonb AS $$
DECLARE
  v_version bigint;
  v_client uuid := (p_record->>'client_id')::uuid;
  v_existing jsonb;
  v_row jsonb := p_record || jsonb_build_object('patient_id', p_patient, 'created_at', clock_timestamp());
BEGIN
  SELECT data_version INTO v_version FROM patient WHERE id = p_patient FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'record_device_write: no patient %', p_patient;
  END IF;
  -- One static statement per table (no EXECUTE), so each keeps its plan for the session.
  CASE p_table
    WHEN 'session_log' THEN
      SELECT to_jsonb(t) - 'patient_id' - 'created_at' INTO v_existing FROM session_log t
       WHERE patient_id = p_patient AND client_id = v_client;
    WHEN 'check_in' THEN
      SELECT to_jsonb(t) - 'patient_id' - 'created_at' INTO v_existing FROM check_in t
       WHERE patient_id = p_patient AND client_id = v_client;
    WHEN 'screen' THEN
      SELECT to_jsonb(t) - 'patient_id' - 'created_at' INTO v_existing FROM screen t
       WHERE patient_id = p_patient AND client_id = v_client;
    WHEN 'psfs_entry' THEN
      SELECT to_jsonb(t) - 'patient_id' - 'created_at' INTO v_existing FROM psfs_entry t
       WHERE patient_id = p_patient AND client_id = v_client;
    ELSE
      RAISE EXCEPTION 'record_device_write: % is not written by devices', p_table;
  END CASE;
  IF v_existing IS NULL AND v_version <> p_expected_version THEN
    RETURN jsonb_build_object('outcome', 'stale', 'version', v_version);
  END IF;
  INSERT INTO audit_event (actor_id, actor_role, clinic_id, action, patient_id, outcome, request_id)
  VALUES (p_audit->>'actorId', p_audit->>'actorRole', p_audit->>'clinicId', p_audit->>'action', p_patient,
          'allowed', p_audit->>'requestId');
  IF v_existing IS NOT NULL THEN
    RETURN jsonb_build_object('outcome', 'replayed', 'record', v_existing);
  END IF;
  CASE p_table
    WHEN 'session_log' THEN
      INSERT INTO session_log SELECT (jsonb_populate_record(null::session_log, v_row)).*;
    WHEN 'check_in' THEN
      INSERT INTO check_in SELECT (jsonb_populate_record(null::check_in, v_row)).*;
    WHEN 'screen' THEN
      INSERT INTO screen SELECT (jsonb_populate_record(null::screen, v_row)).*;
    WHEN 'psfs_entry' THEN
      INSERT INTO psfs_entry SELECT (jsonb_populate_record(null::psfs_entry, v_row)).*;
  END CASE;
  IF jsonb_array_length(p_alerts) > 0 THEN
    PERFORM upsert_alerts(p_patient, p_alerts);
  END IF;
  RETURN jsonb_build_object('outcome', 'created', 'version', v_version + 1);
END;
$$ LANGUAGE plpgsql;
