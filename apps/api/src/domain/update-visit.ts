// Staff correct a visit's patient details or planned treatment before the patient submits.
import { eq } from 'drizzle-orm';
import type { PlannedTreatment } from '@preflight/screening';
import type { Database } from '../db/client.js';
import { visits } from '../db/schema.js';
import type { StaffContext } from '../plugins/staff-session.js';
import { lockVisit, refuseUnlessOpen } from './find-visit.js';
import { recordAudit } from './record-audit.js';

export interface VisitCorrection {
  patient?:
    | {
        givenName?: string | undefined;
        familyName?: string | undefined;
        birthDate?: string | undefined;
        mrn?: string | null | undefined;
      }
    | undefined;
  plannedTreatment?: PlannedTreatment | undefined;
}

export async function updateVisit(
  db: Database,
  staff: StaffContext,
  visitId: string,
  input: VisitCorrection,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const visit = await lockVisit(tx, staff, visitId);
    refuseUnlessOpen(visit);
    const patient = input.patient ?? {};
    const changes = {
      ...(patient.givenName !== undefined ? { givenName: patient.givenName } : {}),
      ...(patient.familyName !== undefined ? { familyName: patient.familyName } : {}),
      ...(patient.birthDate !== undefined ? { birthDate: patient.birthDate } : {}),
      ...(patient.mrn !== undefined ? { mrn: patient.mrn } : {}),
      ...(input.plannedTreatment !== undefined ? { plannedTreatment: input.plannedTreatment } : {}),
    };
    const [updated] = await tx
      .update(visits)
      .set({ ...changes, updatedAt: now })
      .where(eq(visits.id, visit.id))
      .returning();
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId: staff.user.id,
      action: 'visit.corrected',
      subjectType: 'visit',
      subjectId: visit.id,
      siteId: visit.siteId,
      // which fields changed, never their values
      detail: { fields: Object.keys(changes) },
    });
    return describeVisit(updated!);
  });
}

export function describeVisit(visit: typeof visits.$inferSelect) {
  return {
    visitId: visit.id,
    siteId: visit.siteId,
    status: visit.status,
    patient: patientOf(visit),
    plannedTreatment: visit.plannedTreatment,
    codeExpiresAt: visit.codeExpiresAt?.toISOString() ?? null,
    createdAt: visit.createdAt.toISOString(),
  };
}

/** The patient's details as staff see them on a visit. */
export function patientOf(visit: typeof visits.$inferSelect) {
  return {
    givenName: visit.givenName,
    familyName: visit.familyName,
    birthDate: visit.birthDate,
    mrn: visit.mrn,
  };
}
