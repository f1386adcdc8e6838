// Sites (clinics): listed, created and renamed by admins; each change audited with it.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { sites } from '../db/schema.js';
import { notFound } from '../lib/errors.js';
import { recordAudit } from './record-audit.js';

const view = (site: typeof sites.$inferSelect) => ({
  id: site.id,
  name: site.name,
  createdAt: site.createdAt.toISOString(),
});

export async function listSites(db: Database) {
  return (await db.select().from(sites).orderBy(asc(sites.name))).map(view);
}

export async function createSite(db: Database, actorId: string, name: string, now: Date) {
  return db.transaction(async (tx) => {
    const [site] = await tx.insert(sites).values({ name: name.trim(), createdAt: now }).returning();
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId,
      action: 'site.created',
      subjectType: 'site',
      subjectId: site!.id,
      siteId: site!.id,
    });
    return view(site!);
  });
}

export async function updateSite(
  db: Database,
  actorId: string,
  siteId: string,
  change: { name?: string | undefined },
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [site] = change.name
      ? await tx
          .update(sites)
          .set({ name: change.name.trim() })
          .where(eq(sites.id, siteId))
          .returning()
      : await tx.select().from(sites).where(eq(sites.id, siteId));
    if (!site) throw notFound('No such site.');
    await recordAudit(tx, {
      at: now,
      actorType: 'staff',
      actorId,
      action: 'site.updated',
      subjectType: 'site',
      subjectId: site.id,
      siteId: site.id,
    });
    return view(site);
  });
}
