// Visits of the user's sites waiting for the tablet (created in the last 24 hours, not yet
// submitted or cancelled), newest first, with how far the patient got.
import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { drafts, visits } from '../db/schema.js';
import { DRAFT_LIFETIME_MS } from './save-draft.js';
import { patientOf } from './update-visit.js';

const RECENT_MS = 24 * 60 * 60 * 1000;

export async function listOpenVisits(db: Database, siteIds: string[], now: Date) {
  if (siteIds.length === 0) return { items: [] };
  const rows = await db
    .select({ visit: visits, draftStep: drafts.step, draftUpdatedAt: drafts.updatedAt })
    .from(visits)
    .leftJoin(
      drafts,
      and(
        eq(drafts.visitId, visits.id),
        gt(drafts.updatedAt, new Date(now.getTime() - DRAFT_LIFETIME_MS)),
      ),
    )
    .where(
      and(
        inArray(visits.siteId, siteIds),
        eq(visits.status, 'open'),
        gt(visits.createdAt, new Date(now.getTime() - RECENT_MS)),
      ),
    )
    .orderBy(desc(visits.createdAt))
    .limit(200);
  return {
    items: rows.map(({ visit, draftStep, draftUpdatedAt }) => ({
      visitId: visit.id,
      siteId: visit.siteId,
      patient: patientOf(visit),
      plannedTreatment: visit.plannedTreatment,
      codeExpiresAt: visit.codeExpiresAt?.toISOString() ?? null,
      codeExpired: !visit.codeExpiresAt || visit.codeExpiresAt <= now,
      createdAt: visit.createdAt.toISOString(),
      draft: draftStep ? { step: draftStep, updatedAt: draftUpdatedAt!.toISOString() } : null,
    })),
  };
}
