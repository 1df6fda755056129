-- A patient's unread messages are part of their attention (ADR 0013), but a message raised no version,
-- so a row computed on one instance while a message was stored on another kept the old count until it
-- was next recomputed. Storing, reading or removing a patient's message now raises the attention row's
-- wanted_messages_version in the same transaction, as 0004 does for data and alerts (ADR 0006); a row
-- is stale while the messages version it was computed from differs. The counter sits on the attention
-- row, not the patient row: a message changes nothing else an instance keeps of the patient.
ALTER TABLE "patient_attention" ADD COLUMN "wanted_messages_version" bigint DEFAULT 0 NOT NULL;
--> statement-breakpoint
-- Rows computed before this migration are recomputed once (serve does it in the background).
ALTER TABLE "patient_attention" ADD COLUMN "messages_version" bigint DEFAULT -1 NOT NULL;
--> statement-breakpoint
DROP INDEX "patient_attention_stale_idx";
--> statement-breakpoint
CREATE INDEX "patient_attention_stale_idx" ON "patient_attention" USING btree ("clinic_id")
  WHERE "data_version" <> "wanted_data_version" OR "alerts_version" <> "wanted_alerts_version"
     OR "messages_version" <> "wanted_messages_version";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION patient_messages_changed() RETURNS trigger AS $$
BEGIN
  UPDATE patient_attention SET wanted_messages_version = wanted_messages_version + 1
   WHERE patient_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.patient_id ELSE NEW.patient_id END;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Only what the unread count reads: a patient's message stored or removed, or its read time set.
-- A therapist's message, or a delivery time, changes no attention.
CREATE TRIGGER message_from_patient_stored AFTER INSERT ON message
  FOR EACH ROW WHEN (NEW.author_role = 'patient') EXECUTE FUNCTION patient_messages_changed();
--> statement-breakpoint
CREATE TRIGGER message_from_patient_read AFTER UPDATE OF read_at ON message
  FOR EACH ROW WHEN (NEW.author_role = 'patient' AND OLD.read_at IS DISTINCT FROM NEW.read_at)
  EXECUTE FUNCTION patient_messages_changed();
--> statement-breakpoint
CREATE TRIGGER message_from_patient_removed AFTER DELETE ON message
  FOR EACH ROW WHEN (OLD.author_role = 'patient') EXECUTE FUNCTION patient_messages_changed();
