-- Each server instance keeps recently read sessions, users and patient rows in memory and drops them
-- when the database says they changed (ADR 0005). These triggers say so on one channel, at commit, to
-- every instance listening: 'patient:<id>', 'session:<id>' or 'user:<id>'. A patient's data changing
-- raises patient.data_version (migration 0002), so it is announced as a patient change too.
CREATE OR REPLACE FUNCTION announce_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('minimus_change', TG_ARGV[0] || ':' || OLD.id::text);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER patient_announce AFTER UPDATE OR DELETE ON patient
  FOR EACH ROW EXECUTE FUNCTION announce_change('patient');
--> statement-breakpoint
CREATE TRIGGER session_announce AFTER UPDATE OR DELETE ON session
  FOR EACH ROW EXECUTE FUNCTION announce_change('session');
--> statement-breakpoint
CREATE TRIGGER user_announce AFTER UPDATE OR DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION announce_change('user');
