-- Protocol 2.0 (CLINICAL.md, "What changed from protocol 1.0").
-- A program change the system makes has no account behind it: its author is named, not linked.
ALTER TABLE "program_version" ALTER COLUMN "author_id" DROP NOT NULL;
--> statement-breakpoint
-- An alert belongs to the date of the data that caused it, whenever that data arrives: when late data
-- moves an event (a flare's drop), the same key updates the alert's date and wording, never adds another.
-- An acknowledged alert stays acknowledged.
CREATE OR REPLACE FUNCTION upsert_alerts(p_patient uuid, p_alerts jsonb) RETURNS void AS $$
  INSERT INTO alert AS stored (patient_id, key, kind, severity, date, exercise_id, rule_id, message,
                               physician_message, therapist_message, notify_therapist)
  SELECT p_patient, a.key, a.kind, a.severity, a.date, a.exercise_id, a.rule_id, a.message,
         a.physician_message, a.therapist_message, a.notify_therapist
    FROM jsonb_to_recordset(p_alerts) AS a(key text, kind text, severity text, date date, exercise_id text,
         rule_id text, message jsonb, physician_message jsonb, therapist_message jsonb, notify_therapist boolean)
  ON CONFLICT (patient_id, key) DO UPDATE
     SET severity = excluded.severity,
         date = excluded.date,
         message = excluded.message,
         physician_message = excluded.physician_message,
         therapist_message = excluded.therapist_message,
         notify_therapist = excluded.notify_therapist
   WHERE (stored.severity, stored.date, stored.message, stored.physician_message, stored.therapist_message,
          stored.notify_therapist)
         IS DISTINCT FROM
         (excluded.severity, excluded.date, excluded.message, excluded.physician_message,
          excluded.therapist_message, excluded.notify_therapist);
$$ LANGUAGE sql;
--> statement-breakpoint
-- Programs on protocol 1.0.0 move to 2.0.0 through a recorded program change by the system. They were
-- under way already, so they are not asked for a therapist's confirmation before day 1. Session logs keep
-- the stamps they were stored with, so the plans of past dates continue from what the patient did.
INSERT INTO "program_version" ("patient_id", "version", "program", "kind", "reason", "author_id", "author_name")
SELECT latest."patient_id",
       latest."version" + 1,
       jsonb_set(latest."program", '{protocol,version}', '"2.0.0"')
         || jsonb_build_object('requiresConfirmation', false),
       'protocol-version',
       'protocol 2.0: safer screens and setbacks',
       NULL,
       'the system'
  FROM "program_version" AS latest
 WHERE latest."version" = (SELECT max(other."version") FROM "program_version" AS other
                            WHERE other."patient_id" = latest."patient_id")
   AND latest."program"->'protocol'->>'id' = 'gluteus-minimus'
   AND latest."program"->'protocol'->>'version' = '1.0.0';
