ALTER TABLE "commitments" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "commitments_revision_idx" ON "commitments" USING btree ("event_id","revision");