import { auditEvents } from '../db/schema.js';
import type { Executor } from '../db/client.js';

export interface AuditEntry {
  at: Date;
  actorType: 'staff' | 'intake' | 'system';
  actorId?: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  siteId?: string | null;
  /** ids and counts only: never answer values, names or birth dates */
  detail?: Record<string, unknown>;
}

export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await auditInsert(tx, entry);
}

/** The audit insert as a statement, for callers that batch it with others in one round trip. */
export function auditInsert(tx: Executor, entry: AuditEntry) {
  return tx.insert(auditEvents).values({
    at: entry.at,
    actorType: entry.actorType,
    actorId: entry.actorId ?? null,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    siteId: entry.siteId ?? null,
    detail: entry.detail ?? null,
  });
}
