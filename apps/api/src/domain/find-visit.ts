import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '../db/client.js';
import { visits } from '../db/schema.js';
import { AppError, notFound } from '../lib/errors.js';
import type { StaffContext } from '../plugins/staff-session.js';

export type VisitRow = typeof visits.$inferSelect;

/** A visit of the user's sites, locked for this transaction; other sites' visits are 404. */
export async function lockVisit(tx: Transaction, staff: StaffContext, visitId: string) {
  if (staff.siteIds.length === 0) throw notFound();
  const [visit] = await tx
    .select()
    .from(visits)
    .where(and(eq(visits.id, visitId), inArray(visits.siteId, staff.siteIds)))
    .for('update')
    .limit(1);
  if (!visit) throw notFound();
  return visit;
}

/** Corrections, new codes and cancelling only make sense before the patient submits. */
export function refuseUnlessOpen(visit: VisitRow): void {
  if (visit.status === 'submitted')
    throw new AppError(
      'conflict',
      'The patient already submitted; this visit can no longer change.',
    );
  if (visit.status === 'cancelled') throw new AppError('conflict', 'This visit was cancelled.');
}
