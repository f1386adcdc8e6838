import type { PlannedTreatment } from '@preflight/screening';
import type { Database } from '../db/client.js';
import { visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { hashVisitCode, newVisitCode } from '../lib/secrets.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { recordAudit } from './record-audit.js';

export const VISIT_CODE_LIFETIME_MS = 4 * 60 * 60 * 1000;

export interface NewVisit {
  patient: { givenName: string; familyName: string; birthDate: string; mrn?: string | undefined };
  plannedTreatment: PlannedTreatment;
  siteId?: string | undefined;
}

export async function createVisit(db: Database, staff: StaffContext, input: NewVisit, now: Date) {
  const siteId = resolveSite(staff, input.siteId);
  const expiresAt = new Date(now.getTime() + VISIT_CODE_LIFETIME_MS);
  return db.transaction(async (tx) => {
    // A code collision with a live code is astronomically rare but must not reuse a live code.
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newVisitCode();
      const [visit] = await tx
        .insert(visits)
        .values({
          siteId,
          givenName: input.patient.givenName,
          familyName: input.patient.familyName,
          birthDate: input.patient.birthDate,
          mrn: input.patient.mrn ?? null,
          plannedTreatment: input.plannedTreatment,
          status: 'open',
          codeHash: hashVisitCode(code),
          codeExpiresAt: expiresAt,
          createdBy: staff.user.id,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: visits.id });
      if (!visit) continue;
      await recordAudit(tx, {
        at: now,
        actorType: 'staff',
        actorId: staff.user.id,
        action: 'visit.created',
        subjectType: 'visit',
        subjectId: visit.id,
        siteId,
      });
      return { visitId: visit.id, code, expiresAt: expiresAt.toISOString() };
    }
    throw new AppError('conflict', 'Could not create a visit code. Please try again.');
  });
}

function resolveSite(staff: StaffContext, requested: string | undefined): string {
  if (requested) {
    if (!staff.siteIds.includes(requested)) throw new AppError('not_found', 'Unknown site.');
    return requested;
  }
  if (staff.siteIds.length === 1) return staff.siteIds[0]!;
  throw new AppError('validation_failed', 'Choose the site for this visit.', [
    { path: 'siteId', message: 'Required when you work at several sites.' },
  ]);
}
