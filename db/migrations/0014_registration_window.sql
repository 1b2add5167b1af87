ALTER TABLE "registration_forms" ADD COLUMN "opens_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registration_forms" ADD COLUMN "closes_at" timestamp with time zone;