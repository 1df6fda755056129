-- A device write holds its patient's row lock when it inserts (ADR 0008), so the time read at the insert
-- orders one patient's rows of a day as they were stored; the transaction's start time would not.
ALTER TABLE "check_in" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();--> statement-breakpoint
ALTER TABLE "outcome_score" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();--> statement-breakpoint
ALTER TABLE "psfs_entry" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();--> statement-breakpoint
ALTER TABLE "screen" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();--> statement-breakpoint
ALTER TABLE "session_log" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();--> statement-breakpoint
ALTER TABLE "strength_test" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();