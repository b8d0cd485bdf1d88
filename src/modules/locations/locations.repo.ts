import { and, asc, eq, inArray } from 'drizzle-orm';
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

/** The zones of the locations named (a class's or a booking's), by id, in one read. */
export async function selectLocationZones(
  db: Db,
  orgId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: locations.id, timeZone: locations.timeZone })
    .from(locations)
    .where(and(eq(locations.orgId, orgId), inArray(locations.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.timeZone]));
}
