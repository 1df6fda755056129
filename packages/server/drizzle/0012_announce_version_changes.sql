-- A device write changes only a patient's version columns (data_version by migration 0002's triggers,
-- alerts_version by 0004's), and each instance holds that patient's row in memory (ADR 0005). Such a change
-- is announced with the new data version, 'patient-version:<id>:<data_version>', so an instance can move
-- the row it holds on instead of dropping it and reading it again. Any other change to the row is
-- announced as before, 'patient:<id>', and the row is dropped.
CREATE OR REPLACE FUNCTION announce_patient_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (to_jsonb(NEW) - 'data_version' - 'alerts_version') = (to_jsonb(OLD) - 'data_version' - 'alerts_version') THEN
    PERFORM pg_notify('minimus_change', 'patient-version:' || NEW.id::text || ':' || NEW.data_version::text);
  ELSE
    PERFORM pg_notify('minimus_change', 'patient:' || OLD.id::text);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER patient_announce ON patient;
--> statement-breakpoint
CREATE TRIGGER patient_announce AFTER UPDATE OR DELETE ON patient
  FOR EACH ROW EXECUTE FUNCTION announce_patient_change();
