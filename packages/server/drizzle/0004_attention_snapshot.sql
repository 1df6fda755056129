CREATE TABLE "patient_attention" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" text NOT NULL,
	"name" text NOT NULL,
	"sort_name" text COLLATE "C" NOT NULL,
	"time_zone" text NOT NULL,
	"wanted_data_version" bigint NOT NULL,
	"wanted_alerts_version" bigint NOT NULL,
	"data_version" bigint DEFAULT -1 NOT NULL,
	"alerts_version" bigint DEFAULT -1 NOT NULL,
	"horizon_start" date,
	"scores" integer[] DEFAULT '{}' NOT NULL,
	"statuses" text[] DEFAULT '{}' NOT NULL,
	"days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"valid_on" date,
	"valid_until" timestamp with time zone DEFAULT '-infinity' NOT NULL,
	"score" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"last_data_date" date,
	"open_alerts" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "patient" ADD COLUMN "alerts_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "patient_attention" ADD CONSTRAINT "patient_attention_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_attention" ADD CONSTRAINT "patient_attention_clinic_id_clinic_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinic"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patient_attention_order_idx" ON "patient_attention" USING btree ("clinic_id","score" DESC NULLS LAST,"sort_name","patient_id");--> statement-breakpoint
CREATE INDEX "patient_attention_status_idx" ON "patient_attention" USING btree ("clinic_id","status","score" DESC NULLS LAST,"sort_name","patient_id");--> statement-breakpoint
CREATE INDEX "patient_attention_valid_idx" ON "patient_attention" USING btree ("clinic_id","valid_until");--> statement-breakpoint
CREATE INDEX "patient_attention_stale_idx" ON "patient_attention" USING btree ("clinic_id") WHERE "patient_attention"."data_version" <> "patient_attention"."wanted_data_version" or "patient_attention"."alerts_version" <> "patient_attention"."wanted_alerts_version";--> statement-breakpoint
-- Storing, changing or acknowledging an alert raises patient.alerts_version in the same transaction,
-- so the attention computed before it is known to be out of date on every instance (ADR 0006).
CREATE OR REPLACE FUNCTION patient_alerts_changed() RETURNS trigger AS $$
BEGIN
  UPDATE patient SET alerts_version = alerts_version + 1
   WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.patient_id ELSE NEW.patient_id END;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER alert_changed AFTER INSERT OR UPDATE OR DELETE ON alert
  FOR EACH ROW EXECUTE FUNCTION patient_alerts_changed();
--> statement-breakpoint
-- Every patient has an attention row from the start; it tells what the stored attention must have been
-- computed from (the patient's versions), and carries the name and time zone the list sorts and dates by.
CREATE OR REPLACE FUNCTION patient_attention_follows() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO patient_attention
      (patient_id, clinic_id, name, sort_name, time_zone, wanted_data_version, wanted_alerts_version)
    VALUES (NEW.id, NEW.clinic_id, NEW.name, lower(NEW.name), NEW.time_zone, NEW.data_version, NEW.alerts_version);
  ELSIF (NEW.data_version, NEW.alerts_version, NEW.name, NEW.time_zone)
        IS DISTINCT FROM (OLD.data_version, OLD.alerts_version, OLD.name, OLD.time_zone) THEN
    UPDATE patient_attention
       SET wanted_data_version = NEW.data_version,
           wanted_alerts_version = NEW.alerts_version,
           name = NEW.name,
           sort_name = lower(NEW.name),
           time_zone = NEW.time_zone,
           -- Another time zone can mean another today: the list picks the day again.
           valid_until = CASE WHEN NEW.time_zone = OLD.time_zone THEN valid_until ELSE '-infinity' END
     WHERE patient_id = NEW.id;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER patient_attention_follows AFTER INSERT OR UPDATE ON patient
  FOR EACH ROW EXECUTE FUNCTION patient_attention_follows();
--> statement-breakpoint
INSERT INTO patient_attention
  (patient_id, clinic_id, name, sort_name, time_zone, wanted_data_version, wanted_alerts_version)
SELECT id, clinic_id, name, lower(name), time_zone, data_version, alerts_version FROM patient;
