ALTER TABLE "commitment_imports" ADD COLUMN "reports_csv" text;--> statement-breakpoint
ALTER TABLE "commitment_imports" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "commitment_imports" ADD COLUMN "errors" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "commitment_imports" ADD COLUMN "runner" uuid;--> statement-breakpoint
ALTER TABLE "commitment_imports" ADD COLUMN "heartbeat_at" timestamp with time zone;