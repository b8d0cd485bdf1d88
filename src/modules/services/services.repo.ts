import { type SQL, and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { type NewServiceRow, type ServiceRow, services } from './services.tables.ts';

export async function insertService(db: Db, values: NewServiceRow): Promise<ServiceRow> {
  const [row] = await db.insert(services).values(values).returning();
  if (!row) throw new Error('service insert returned nothing');
  return row;
}

export async function findService(db: Db, orgId: string, id: string, lock = false): Promise<ServiceRow | undefined> {
  const query = db
    .select()
    .from(services)
    .where(and(eq(services.orgId, orgId), eq(services.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function selectServices(db: Db, orgId: string, active: boolean | undefined): Promise<ServiceRow[]> {
  const conditions: SQL[] = [eq(services.orgId, orgId)];
  if (active !== undefined) conditions.push(eq(services.active, active));
  return db
    .select()
    .from(services)
    .where(and(...conditions))
    .orderBy(asc(services.name), asc(services.id));
}

export async function updateServiceRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewServiceRow>,
): Promise<ServiceRow> {
  const [row] = await db
    .update(services)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(services.orgId, orgId), eq(services.id, id)))
    .returning();
  if (!row) throw new Error(`service ${id} vanished during update`);
  return row;
}

export async function deleteServiceRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(services).where(and(eq(services.orgId, orgId), eq(services.id, id)));
}

export async function selectServicesByIds(db: Db, orgId: string, ids: string[]): Promise<ServiceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(services)
    .where(and(eq(services.orgId, orgId), inArray(services.id, ids)));
}
