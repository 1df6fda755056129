CREATE TABLE "delivery" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"user_id" text,
	"status" text NOT NULL,
	"detail" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"user_id" text PRIMARY KEY NOT NULL,
	"reminder_time" time,
	"reminder_prompt_answered" boolean DEFAULT false NOT NULL,
	"digest_hour" smallint DEFAULT 8 NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"weekly_note" boolean DEFAULT false NOT NULL,
	"email_enabled" boolean DEFAULT true NOT NULL,
	"push_enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_reset" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_reset_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "push_subscription" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_subscription_endpoint_unique" UNIQUE("endpoint")
);
--> statement-breakpoint
CREATE TABLE "therapist_notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"alert_id" uuid NOT NULL,
	"therapist_id" text NOT NULL,
	"urgency" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_at" timestamp with time zone,
	CONSTRAINT "therapist_notification_alert_id_unique" UNIQUE("alert_id")
);
--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscription" ADD CONSTRAINT "push_subscription_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_notification" ADD CONSTRAINT "therapist_notification_alert_id_alert_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alert"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "therapist_notification" ADD CONSTRAINT "therapist_notification_therapist_id_user_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_at_idx" ON "delivery" USING btree ("at");--> statement-breakpoint
CREATE INDEX "push_subscription_user_idx" ON "push_subscription" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "therapist_notification_pending_idx" ON "therapist_notification" USING btree ("dispatched_at","urgency");--> statement-breakpoint
-- Every alert the engine marks for the therapist gets its notification row in the same transaction as
-- the alert itself, whichever code path stores it: "your therapist has been told" is then never untrue.
-- Safety answers (red flags) and urgent alerts go out at once; the rest wait for the daily digest.
-- An immediate one is announced on the change channel at commit, so a listening instance sends it at once.
CREATE FUNCTION queue_therapist_notification() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  queued therapist_notification%ROWTYPE;
BEGIN
  IF NEW.notify_therapist THEN
    INSERT INTO therapist_notification (alert_id, therapist_id, urgency)
    SELECT NEW.id, p.therapist_id,
      CASE WHEN NEW.kind = 'red-flag' OR NEW.severity IN ('emergency', 'urgent') THEN 'immediate' ELSE 'digest' END
    FROM patient p WHERE p.id = NEW.patient_id
    ON CONFLICT (alert_id) DO NOTHING
    RETURNING * INTO queued;
    IF queued.urgency = 'immediate' THEN
      PERFORM pg_notify('minimus_change', 'therapist-notification:' || queued.id::text);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER alert_queues_therapist_notification AFTER INSERT ON "alert"
  FOR EACH ROW EXECUTE FUNCTION queue_therapist_notification();
