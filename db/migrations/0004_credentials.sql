ALTER TABLE "sessions" ADD COLUMN "registration_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "redacted_text" text;--> statement-breakpoint
-- Mails queued before: every link that carries a token is a credential.
UPDATE "outbox" SET "redacted_text" = regexp_replace("text_body", 'https?://\S*[?&]token=\S*', '[sign-in link, only for the recipient]', 'g');--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "redacted_text" SET NOT NULL;
--> statement-breakpoint
-- Before this change, staff could read sign-in links in the event outbox, and a personal link signed
-- in as its address's account: every session and every outstanding sign-in link may have been taken.
-- End them all once; people sign in again (docs/security.md).
DELETE FROM "sessions";--> statement-breakpoint
UPDATE "magic_links" SET "used_at" = now() WHERE "used_at" IS NULL;
