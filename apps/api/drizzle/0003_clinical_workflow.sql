-- Existing flags each start their own run (hand-edited so databases with submissions migrate).
ALTER TABLE "flags" ADD COLUMN "run_start_evaluation_id" uuid;--> statement-breakpoint
UPDATE "flags" SET "run_start_evaluation_id" = "evaluation_id";--> statement-breakpoint
ALTER TABLE "flags" ALTER COLUMN "run_start_evaluation_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "drafts_updated_at_idx" ON "drafts" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "submissions_open_triage_idx" ON "submissions" USING btree ("site_id","triage_group","submitted_at","id") WHERE "submissions"."status" <> 'signed_off';--> statement-breakpoint
CREATE INDEX "visits_site_status_created_idx" ON "visits" USING btree ("site_id","status","created_at");