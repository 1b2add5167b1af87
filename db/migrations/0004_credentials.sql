ALTER TABLE "sessions" ADD COLUMN "registration_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "redacted_text" text;--> statement-breakpoint
-- Mails queued before: every link that carries a token is a credential.
UPDATE "outbox" SET "redacted_text" = regexp_replace("text_body", 'https?://\S*[?&]token=\S*', '[sign-in link, only for the recipient]', 'g');--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "redacted_text" SET NOT NULL;
