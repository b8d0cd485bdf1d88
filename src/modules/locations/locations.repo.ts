import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { type LocationRow, type NewLocationRow, locations } from './locations.tables.ts';

export async function insertLocation(db: Db, values: NewLocationRow): Promise<LocationRow> {
  const [row] = await db.insert(locations).values(values).returning();
  if (!row) throw new Error('location insert returned nothing');
  return row;
}

export async function findLocation(db: Db, orgId: string, id: string, lock = false): Promise<LocationRow | undefined> {
  const query = db
    .select()
    .from(locations)
    .where(and(eq(locations.orgId, orgId), eq(locations.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function selectLocations(db: Db, orgId: string): Promise<LocationRow[]> {
  return db.select().from(locations).where(eq(locations.orgId, orgId)).orderBy(asc(locations.name), asc(locations.id));
}

export async function updateLocationRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewLocationRow>,
): Promise<LocationRow> {
  const [row] = await db
    .update(locations)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(locations.orgId, orgId), eq(locations.id, id)))
    .returning();
  if (!row) throw new Error(`location ${id} vanished during update`);
  return row;
}

export async function deleteLocationRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(locations).where(and(eq(locations.orgId, orgId), eq(locations.id, id)));
}
