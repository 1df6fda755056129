CREATE TABLE "patient_attention" (
	"patient_id" uuid PRIMARY KEY NOT NULL,
	"clinic_id" text NOT NULL,
	"data_version" bigint NOT NULL,
	"alerts_version" bigint NOT NULL,
	"horizon_start" date NOT NULL,
	"scores" integer[] NOT NULL,
	"statuses" text[] NOT NULL,
	"days" jsonb NOT NULL,
	"last_data_date" date,
	"open_alerts" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "patient" ADD COLUMN "alerts_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "patient_attention" ADD CONSTRAINT "patient_attention_patient_id_patient_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patient"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patient_attention" ADD CONSTRAINT "patient_attention_clinic_id_clinic_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinic"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "patient_attention_clinic_idx" ON "patient_attention" USING btree ("clinic_id");--> statement-breakpoint
-- Storing, changing or acknowledging an alert raises patient.alerts_version in the same transaction,
-- so a patient_attention row computed before it is known to be out of date on every instance (ADR 0006).
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
