CREATE TABLE "outcome_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"paragraph_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text,
	"justification" text NOT NULL,
	"against_version" integer NOT NULL,
	"against_text" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by" uuid,
	"decision_reason" text,
	"decided_text" text,
	"decided_version" integer,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_documents" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"stage" text DEFAULT 'drafting' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"amendment_deadline" timestamp with time zone,
	"is_draft_public" boolean DEFAULT false NOT NULL,
	"states" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"method" text,
	"adoption_deadline" timestamp with time zone,
	"adopted_at" timestamp with time zone,
	"published" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outcome_positions" (
	"amendment_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"position" text NOT NULL,
	"given_by" uuid,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_positions_amendment_id_delegation_id_pk" PRIMARY KEY("amendment_id","delegation_id")
);
--> statement-breakpoint
CREATE TABLE "outcome_responses" (
	"event_id" uuid NOT NULL,
	"delegation_id" uuid NOT NULL,
	"choice" text NOT NULL,
	"text" text,
	"paragraph_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"explanation" text,
	"given_by" uuid,
	"given_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_responses_event_id_delegation_id_pk" PRIMARY KEY("event_id","delegation_id")
);
--> statement-breakpoint
CREATE TABLE "outcome_versions" (
	"event_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"message" text NOT NULL,
	"content" jsonb NOT NULL,
	"amendment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"made_by" uuid,
	"made_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_versions_event_id_number_pk" PRIMARY KEY("event_id","number")
);
--> statement-breakpoint
ALTER TABLE "outcome_amendments" ADD CONSTRAINT "outcome_amendments_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_amendments" ADD CONSTRAINT "outcome_amendments_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_amendments" ADD CONSTRAINT "outcome_amendments_proposed_by_accounts_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_amendments" ADD CONSTRAINT "outcome_amendments_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_documents" ADD CONSTRAINT "outcome_documents_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_positions" ADD CONSTRAINT "outcome_positions_amendment_id_outcome_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."outcome_amendments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_positions" ADD CONSTRAINT "outcome_positions_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_positions" ADD CONSTRAINT "outcome_positions_given_by_accounts_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_delegation_id_delegations_id_fk" FOREIGN KEY ("delegation_id") REFERENCES "public"."delegations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_responses" ADD CONSTRAINT "outcome_responses_given_by_accounts_id_fk" FOREIGN KEY ("given_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_versions" ADD CONSTRAINT "outcome_versions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_versions" ADD CONSTRAINT "outcome_versions_made_by_accounts_id_fk" FOREIGN KEY ("made_by") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_amendments_event_idx" ON "outcome_amendments" USING btree ("event_id","created_at");