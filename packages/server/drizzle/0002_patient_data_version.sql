ALTER TABLE "patient" ADD COLUMN "data_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Any change to what the engine reads about a patient raises patient.data_version in the same
-- transaction, so every server instance can tell a cached plan from a stale one with the patient row
-- it reads anyway (ADR 0005).
CREATE OR REPLACE FUNCTION patient_data_changed() RETURNS trigger AS $$
BEGIN
  UPDATE patient SET data_version = data_version + 1
   WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.patient_id ELSE NEW.patient_id END;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER session_log_changed AFTER INSERT OR UPDATE OR DELETE ON session_log
  FOR EACH ROW EXECUTE FUNCTION patient_data_changed();
--> statement-breakpoint
CREATE TRIGGER check_in_changed AFTER INSERT OR UPDATE OR DELETE ON check_in
  FOR EACH ROW EXECUTE FUNCTION patient_data_changed();
--> statement-breakpoint
CREATE TRIGGER screen_changed AFTER INSERT OR UPDATE OR DELETE ON screen
  FOR EACH ROW EXECUTE FUNCTION patient_data_changed();
--> statement-breakpoint
CREATE TRIGGER psfs_entry_changed AFTER INSERT OR UPDATE OR DELETE ON psfs_entry
  FOR EACH ROW EXECUTE FUNCTION patient_data_changed();
--> statement-breakpoint
CREATE TRIGGER strength_test_changed AFTER INSERT OR UPDATE OR DELETE ON strength_test
  FOR EACH ROW EXECUTE FUNCTION patient_data_changed();
--> statement-breakpoint
CREATE TRIGGER outcome_score_changed AFTER INSERT OR UPDATE OR DELETE ON outcome_score
  FOR EACH ROW EXECUTE FUNCTION patient_data_changed();
--> statement-breakpoint
CREATE TRIGGER program_version_changed AFTER INSERT OR UPDATE OR DELETE ON program_version
  FOR EACH ROW EXECUTE FUNCTION patient_data_changed();
