// Live events go through PostgreSQL NOTIFY inside the same transaction as the change, so they are
// sent only if it commits and reach every API process listening. Ids and counts only.
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';

export const EVENTS_CHANNEL = 'preflight_events';

export type StaffEvent =
  | { type: 'submission.created'; siteId: string; submissionId: string; counts: FlagCounts }
  | {
      type: 'submission.updated';
      siteId: string;
      submissionId: string;
      counts: FlagCounts;
      status: string;
    }
  | { type: 'flag.urgent'; siteId: string; submissionId: string; count: number };

export interface FlagCounts {
  urgent: number;
  review: number;
  info: number;
}

export async function publishEvent(tx: Executor, event: StaffEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify(event)})`);
}
