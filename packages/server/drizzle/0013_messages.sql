-- Messages between a patient and their clinic's therapists: one thread per patient (the patient's rows).
-- A message from a device carries its client id, so a replayed send is stored once. A patient's photo
-- (JPEG, at most 5 MB, checked by the server) is stored with its message and served only to the thread.
-- Unrelated to migration 0005, whose "therapist message" is the wording of an alert for the therapist.
CREATE TABLE "message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL REFERENCES "patient"("id"),
	"client_id" uuid NOT NULL,
	"author_id" text NOT NULL REFERENCES "user"("id"),
	"author_role" text NOT NULL CHECK ("author_role" IN ('patient', 'therapist')),
	"body" text NOT NULL,
	"photo" bytea,
	"safety_tier" text CHECK ("safety_tier" IN ('emergency', 'urgent')),
	"safety_codes" jsonb,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	CONSTRAINT "message_client_key" UNIQUE("patient_id", "client_id")
);
--> statement-breakpoint
CREATE INDEX "message_patient_created_idx" ON "message" USING btree ("patient_id", "created_at");
--> statement-breakpoint
CREATE INDEX "message_unread_idx" ON "message" USING btree ("patient_id", "author_role") WHERE "read_at" IS NULL;
--> statement-breakpoint
-- What a patient sees to reach their therapist by phone (the red-flag and paused pages, Settings),
-- one card per therapist, set by the clinic's admin.
CREATE TABLE "contact_card" (
	"therapist_id" text PRIMARY KEY NOT NULL REFERENCES "user"("id"),
	"therapist_name" text NOT NULL,
	"phone" text NOT NULL,
	"hours" text NOT NULL,
	"updated_by" text NOT NULL REFERENCES "user"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
