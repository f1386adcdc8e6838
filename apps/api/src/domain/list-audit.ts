// The audit log for admins: newest first, filtered by subject or actor, cursor-paginated by id.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { auditEvents } from '../db/schema.js';
import { AppError } from '../lib/errors.js';

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(
  db: Database,
  query: { subject?: string | undefined; actor?: string | undefined; cursor?: string | undefined },
  pageSize = AUDIT_PAGE_SIZE,
) {
  let before: number | undefined;
  if (query.cursor !== undefined) {
    before = Number(query.cursor);
    if (!Number.isSafeInteger(before) || before < 1)
      throw new AppError('validation_failed', 'The cursor is not valid.', [
        { path: 'cursor', message: 'Use the nextCursor of the previous page.' },
      ]);
  }
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        query.subject ? eq(auditEvents.subjectId, query.subject) : undefined,
        query.actor ? eq(auditEvents.actorId, query.actor) : undefined,
        before !== undefined ? lt(auditEvents.id, before) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(pageSize + 1);
  const page = rows.slice(0, pageSize);
  return {
    items: page.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actorType: row.actorType,
      actorId: row.actorId,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      siteId: row.siteId,
      detail: row.detail as Record<string, unknown> | null,
    })),
    nextCursor: rows.length > pageSize ? String(page[page.length - 1]!.id) : null,
  };
}
