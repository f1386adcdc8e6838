-- Fewer index writes on a submission, the busiest write of a clinic's morning: indexes whose
-- reads another index already serves are dropped, flags keep one index instead of two, and the
-- unique index of visit codes holds only live codes (a submission clears its visit's code).
ALTER TABLE "flags" DROP CONSTRAINT "flags_evaluation_submission_fk";--> statement-breakpoint
ALTER TABLE "flag_evaluations" DROP CONSTRAINT "flag_evaluations_id_submission_unique";--> statement-breakpoint
ALTER TABLE "flag_evaluations" ADD CONSTRAINT "flag_evaluations_submission_id_unique" UNIQUE("submission_id","id");--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_submission_evaluation_fk" FOREIGN KEY ("submission_id","evaluation_id") REFERENCES "public"."flag_evaluations"("submission_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
DROP INDEX "flag_evaluations_submission_idx";--> statement-breakpoint
DROP INDEX "flags_evaluation_idx";--> statement-breakpoint
DROP INDEX "flags_submission_idx";--> statement-breakpoint
CREATE INDEX "flags_submission_evaluation_idx" ON "flags" USING btree ("submission_id","evaluation_id");--> statement-breakpoint
DROP INDEX "visits_site_idx";--> statement-breakpoint
DROP INDEX "visits_code_hash_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "visits_code_hash_idx" ON "visits" USING btree ("code_hash") WHERE "visits"."code_hash" is not null;--> statement-breakpoint
-- Answers are compressed with lz4 where the server has it (PostgreSQL 14+ built with lz4): far
-- cheaper than the default pglz on every submission and draft. Without it they stay as they are.
DO $$
BEGIN
  ALTER TABLE "submissions" ALTER COLUMN "answers" SET COMPRESSION lz4;
  ALTER TABLE "drafts" ALTER COLUMN "answers" SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  NULL;
END $$;
