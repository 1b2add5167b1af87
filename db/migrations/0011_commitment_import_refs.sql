ALTER TABLE "commitments" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "import_ref" text;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_import_id_commitment_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."commitment_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitments_import_idx" ON "commitments" USING btree ("import_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitments_import_ref_idx" ON "commitments" USING btree ("event_id","import_ref");