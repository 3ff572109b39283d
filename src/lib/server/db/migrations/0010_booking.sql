CREATE TABLE "conversation_requests" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"channel" text,
	"note" text DEFAULT '' NOT NULL,
	"municipality_code" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"meeting_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_seq" bigint DEFAULT nextval('change_seq') NOT NULL,
	CONSTRAINT "conversation_requests_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
CREATE TABLE "meeting_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_code" text NOT NULL,
	"month" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"caseworker_id" uuid NOT NULL,
	"slot_id" uuid,
	"kind" text DEFAULT 'booked' NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"topic" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"location" text,
	"bring" text,
	"changeable_until" timestamp with time zone NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"cancel_reason" text,
	"cancelled_by" text,
	"cancelled_at" timestamp with time zone,
	"feedback_given_at" timestamp with time zone,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"change_seq" bigint DEFAULT nextval('change_seq') NOT NULL,
	CONSTRAINT "meetings_user_id_id_pk" PRIMARY KEY("user_id","id")
);
--> statement-breakpoint
DROP INDEX "slots_caseworker_start_idx";--> statement-breakpoint
ALTER TABLE "conversation_requests" ADD CONSTRAINT "conversation_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_caseworker_id_users_id_fk" FOREIGN KEY ("caseworker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conversation_requests_user_change_idx" ON "conversation_requests" USING btree ("user_id","change_seq");--> statement-breakpoint
CREATE INDEX "conversation_requests_open_idx" ON "conversation_requests" USING btree ("municipality_code","status","deadline");--> statement-breakpoint
CREATE INDEX "meeting_feedback_month_idx" ON "meeting_feedback" USING btree ("month","municipality_code");--> statement-breakpoint
CREATE INDEX "meetings_user_change_idx" ON "meetings" USING btree ("user_id","change_seq");--> statement-breakpoint
CREATE INDEX "meetings_user_starts_idx" ON "meetings" USING btree ("user_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_caseworker_starts_idx" ON "meetings" USING btree ("caseworker_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_slot_idx" ON "meetings" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "slots_caseworker_starts_idx" ON "slots" USING btree ("caseworker_id","starts_at");