// Autosave of the tablet's draft. The tablet numbers its saves 1, 2, 3…; a save that is not newer
// than the stored one is refused with the stored revision, so an out-of-order save never
// overwrites newer answers. Drafts untouched for 24 hours are purged (purgeStaleDrafts).
import { and, eq, lt, or, sql } from 'drizzle-orm';
import {
  draftAnswersSchema,
  fieldErrors,
  pruneHiddenAnswers,
  type Language,
} from '@preflight/screening';
import type { Database, Executor } from '../db/client.js';
import { drafts, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import type { IntakeContext } from '../plugins/intake-token.js';

export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

export interface DraftInput {
  answers: unknown;
  step: string;
  language: Language;
  revision: number;
}

/**
 * Deletes every draft untouched for 24 hours. Run opportunistically by the intake operations, so
 * it needs no scheduler, works with any number of API processes, and reads the injected clock.
 */
export async function purgeStaleDrafts(db: Executor, now: Date): Promise<void> {
  await db.delete(drafts).where(lt(drafts.updatedAt, new Date(now.getTime() - DRAFT_LIFETIME_MS)));
}

export function refuseUnlessIntakeOpen(intake: { visit: { status: string } }): void {
  if (intake.visit.status === 'cancelled')
    throw new AppError('visit_cancelled', 'This visit was cancelled. Please see staff.');
  if (intake.visit.status !== 'open')
    throw new AppError('already_submitted', 'These answers were already sent.');
}

export async function saveDraft(db: Database, intake: IntakeContext, input: DraftInput, now: Date) {
  refuseUnlessIntakeOpen(intake);
  const visit = { plannedTreatment: intake.visit.plannedTreatment };
  const parsed = draftAnswersSchema.safeParse(pruneHiddenAnswers(input.answers, visit));
  if (!parsed.success) {
    // Paths are linkIds, as for a submission (workflow.md: `path` a linkId for answers).
    throw new AppError(
      'validation_failed',
      'Some answers are not valid.',
      fieldErrors(parsed.error),
    );
  }
  const staleBefore = new Date(now.getTime() - DRAFT_LIFETIME_MS);
  await purgeStaleDrafts(db, now);
  // The visit's row is held (shared) while the draft is written: a cancel, which deletes drafts
  // under its own lock on the row, cannot slip between the check and the write.
  await db.transaction(async (tx) => {
    const [visitNow] = await tx
      .select({ status: visits.status })
      .from(visits)
      .where(eq(visits.id, intake.visit.id))
      .for('share');
    refuseUnlessIntakeOpen({ visit: { status: visitNow?.status ?? 'cancelled' } });
    // One statement: insert, or overwrite only an older revision (or a draft past its lifetime).
    const saved = await tx
      .insert(drafts)
      .values({
        visitId: intake.visit.id,
        answers: parsed.data,
        step: input.step,
        language: input.language,
        revision: input.revision,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: drafts.visitId,
        set: {
          answers: sql`excluded.answers`,
          step: sql`excluded.step`,
          language: sql`excluded.language`,
          revision: sql`excluded.revision`,
          updatedAt: sql`excluded.updated_at`,
        },
        setWhere: or(lt(drafts.revision, input.revision), lt(drafts.updatedAt, staleBefore)),
      })
      .returning({ revision: drafts.revision });
    if (saved.length === 0) {
      const [stored] = await tx
        .select({ revision: drafts.revision })
        .from(drafts)
        .where(and(eq(drafts.visitId, intake.visit.id)));
      throw new AppError(
        'stale_revision',
        'A newer save of these answers is already stored.',
        undefined,
        { currentRevision: stored?.revision ?? 0 },
      );
    }
  });
  return { revision: input.revision, savedAt: now.toISOString() };
}
