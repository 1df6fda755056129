-- Alerts carry a message for the therapist beside the patient's own (which may say "see your physician").
-- Rows stored before this read their patient message until the plan is next computed, which rewrites
-- every alert still shown with its therapist message.
ALTER TABLE "alert" ADD COLUMN "therapist_message" jsonb;
--> statement-breakpoint
UPDATE "alert" SET "therapist_message" = "message" WHERE "therapist_message" IS NULL;
--> statement-breakpoint
ALTER TABLE "alert" ALTER COLUMN "therapist_message" SET NOT NULL;
