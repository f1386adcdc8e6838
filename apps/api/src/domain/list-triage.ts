// The triage queue: unacknowledged urgent first, then unacknowledged contraindications, then the
// rest; within each group, waiting longest first. Keyset-paginated on the same order.
import { and, asc, eq, gt, inArray, ne, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { submissions, visits } from '../db/schema.js';
import { AppError } from '../lib/errors.js';

export const TRIAGE_PAGE_SIZE = 50;

export interface TriageQuery {
  status?: string | undefined;
  severity?: 'urgent' | 'review' | 'info' | undefined;
  cursor?: string | undefined;
}

interface Cursor {
  g: number;
  t: string;
  id: string;
}

const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (
      typeof c.g === 'number' &&
      typeof c.t === 'string' &&
      typeof c.id === 'string' &&
      !Number.isNaN(Date.parse(c.t))
    )
      return c;
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'The cursor is not valid.', [
    { path: 'cursor', message: 'Not a cursor from this list.' },
  ]);
}

export async function listTriage(db: Database, siteIds: string[], query: TriageQuery) {
  if (siteIds.length === 0) return { items: [], nextCursor: null };
  const conditions: SQL[] = [inArray(submissions.siteId, siteIds)];
  conditions.push(
    query.status ? eq(submissions.status, query.status) : ne(submissions.status, 'signed_off'),
  );
  if (query.severity) conditions.push(eq(submissions.highestOpenSeverity, query.severity));
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    const t = new Date(c.t);
    conditions.push(
      or(
        gt(submissions.triageGroup, c.g),
        and(eq(submissions.triageGroup, c.g), gt(submissions.submittedAt, t)),
        and(
          eq(submissions.triageGroup, c.g),
          eq(submissions.submittedAt, t),
          gt(submissions.id, c.id),
        ),
      )!,
    );
  }
  const rows = await db
    .select({
      id: submissions.id,
      visitId: submissions.visitId,
      status: submissions.status,
      submittedAt: submissions.submittedAt,
      triageGroup: submissions.triageGroup,
      openUrgent: submissions.openUrgent,
      openReview: submissions.openReview,
      openInfo: submissions.openInfo,
      highestOpenSeverity: submissions.highestOpenSeverity,
      givenName: visits.givenName,
      familyName: visits.familyName,
      plannedTreatment: visits.plannedTreatment,
    })
    .from(submissions)
    .innerJoin(visits, eq(visits.id, submissions.visitId))
    .where(and(...conditions))
    .orderBy(asc(submissions.triageGroup), asc(submissions.submittedAt), asc(submissions.id))
    .limit(TRIAGE_PAGE_SIZE + 1);
  const page = rows.slice(0, TRIAGE_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      visitId: row.visitId,
      status: row.status,
      submittedAt: row.submittedAt.toISOString(),
      patient: { givenName: row.givenName, familyName: row.familyName },
      plannedTreatment: row.plannedTreatment,
      openFlags: { urgent: row.openUrgent, review: row.openReview, info: row.openInfo },
      highestOpenSeverity: row.highestOpenSeverity,
    })),
    nextCursor:
      rows.length > TRIAGE_PAGE_SIZE && last
        ? encodeCursor({ g: last.triageGroup, t: last.submittedAt.toISOString(), id: last.id })
        : null,
  };
}
