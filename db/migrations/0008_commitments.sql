CREATE TABLE "commitment_deliverables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL,
	"due_on" date NOT NULL,
	"weight" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"csv" text NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "commitment_reminders" (
	"event_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"period" integer NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitment_reminders_delegation_id_period_kind_pk" PRIMARY KEY("delegation_id","period","kind")
);
--> statement-breakpoint
CREATE TABLE "commitment_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"status" text NOT NULL,
	"progress" jsonb NOT NULL,
	"narrative" jsonb NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_on_behalf" boolean DEFAULT false NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_trackers" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"period_months" integer DEFAULT 6 NOT NULL,
	"reporting_from" timestamp with time zone,
	"remind_days_before" integer DEFAULT 14 NOT NULL,
	"weighting" text DEFAULT 'equal' NOT NULL,
	"is_review_required" boolean DEFAULT true NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"focus_area_id" uuid NOT NULL,
	"paragraph_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"type" text NOT NULL,
	"priority" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"partner_countries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partner_organisations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lead" text NOT NULL,
	"baseline" text,
	"target" text,
	"began_before" boolean NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"review_state" text DEFAULT 'draft' NOT NULL,
	"review_checks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_comments" text,
	"is_on_behalf" boolean DEFAULT false NOT NULL,
	"registered_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"completion_confirmed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "commitment_deliverables" ADD CONSTRAINT "commitment_deliverables_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_imports" ADD CONSTRAINT "commitment_imports_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_imports" ADD CONSTRAINT "commitment_imports_started_by_accounts_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reminders" ADD CONSTRAINT "commitment_reminders_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reminders" ADD CONSTRAINT "commitment_reminders_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reports" ADD CONSTRAINT "commitment_reports_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_reports" ADD CONSTRAINT "commitment_reports_submitted_by_accounts_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_trackers" ADD CONSTRAINT "commitment_trackers_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_focus_area_id_focus_areas_id_fk" FOREIGN KEY ("focus_area_id") REFERENCES "public"."focus_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_registered_by_accounts_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_deliverables_commitment_idx" ON "commitment_deliverables" USING btree ("commitment_id","position");--> statement-breakpoint
CREATE INDEX "commitment_reports_commitment_idx" ON "commitment_reports" USING btree ("commitment_id","submitted_at");--> statement-breakpoint
CREATE INDEX "commitments_event_idx" ON "commitments" USING btree ("event_id","focus_area_id");--> statement-breakpoint
CREATE INDEX "commitments_delegation_idx" ON "commitments" USING btree ("delegation_id");