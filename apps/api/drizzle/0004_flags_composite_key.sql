-- A flag's (evaluation, submission) must be a pair that exists: one composite key instead of two
-- single ones, which also stops a flag pointing at another submission than its evaluation's.
ALTER TABLE "flag_evaluations" ADD CONSTRAINT "flag_evaluations_id_submission_unique" UNIQUE("id","submission_id");--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_evaluation_submission_fk" FOREIGN KEY ("evaluation_id","submission_id") REFERENCES "public"."flag_evaluations"("id","submission_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_evaluation_id_flag_evaluations_id_fk";--> statement-breakpoint
ALTER TABLE "flags" DROP CONSTRAINT "flags_submission_id_submissions_id_fk";
