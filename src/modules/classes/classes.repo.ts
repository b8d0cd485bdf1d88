import { type SQL, and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { type Db, preparedOn, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type ClassRow, type ClassTypeRow, classTypes, classes } from './classes.tables.ts';

export type NewClassRow = typeof classes.$inferInsert;

/**
 * A class taught by a provider claims the provider's time (migration 0045): a class over an
 * appointment or another class of theirs breaks the claims' exclusion constraint.
 */
export function asTeacherBusy(error: unknown): never {
  if (violatedConstraint(error) === 'provider_claims_no_overlap') throw new DomainError('instructor_busy');
  throw error;
}

export async function insertClass(db: Db, values: NewClassRow): Promise<ClassRow> {
  const [row] = await db.insert(classes).values(values).returning().catch(asTeacherBusy);
  if (!row) throw new Error('class insert returned nothing');
  return row;
}

/** With `lock`, takes the row lock that serialises everything that consumes the class's spots. */
/** A class by id; with `lock`, its row lock. Built once (preparedOn): a booking's settlement reads it. */
export async function findClass(db: Db, orgId: string, id: string, lock = false): Promise<ClassRow | undefined> {
  const query = preparedOn(db, lock ? 'class_by_id_for_update' : 'class_by_id', (name) => {
    const byId = db
      .select()
      .from(classes)
      .where(and(eq(classes.orgId, sql.placeholder('orgId')), eq(classes.id, sql.placeholder('id'))));
    return (lock ? byId.for('update') : byId).prepare(name);
  });
  const [row] = await query.execute({ orgId, id });
  return row;
}

export async function updateClassRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewClassRow>,
): Promise<ClassRow> {
  const [row] = await db
    .update(classes)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(classes.orgId, orgId), eq(classes.id, id)))
    .returning()
    .catch(asTeacherBusy);
  if (!row) throw new Error(`class ${id} vanished during update`);
  return row;
}

export async function deleteClassRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(classes).where(and(eq(classes.orgId, orgId), eq(classes.id, id)));
}

export interface ClassFilter {
  from: Date;
  to: Date | undefined;
  status: ClassRow['status'] | undefined;
  limit: number;
  providerId?: string | undefined;
  locationId?: string | undefined;
  classTypeId?: string | undefined;
  seriesId?: string | undefined;
}

export async function selectClasses(db: Db, orgId: string, filter: ClassFilter): Promise<ClassRow[]> {
  const conditions: SQL[] = [eq(classes.orgId, orgId), gte(classes.startsAt, filter.from)];
  if (filter.to) conditions.push(lt(classes.startsAt, filter.to));
  if (filter.status) conditions.push(eq(classes.status, filter.status));
  if (filter.providerId) conditions.push(eq(classes.providerId, filter.providerId));
  if (filter.locationId) conditions.push(eq(classes.locationId, filter.locationId));
  if (filter.classTypeId) conditions.push(eq(classes.classTypeId, filter.classTypeId));
  if (filter.seriesId) conditions.push(eq(classes.seriesId, filter.seriesId));
  return db
    .select()
    .from(classes)
    .where(and(...conditions))
    .orderBy(asc(classes.startsAt), asc(classes.id))
    .limit(filter.limit);
}

export async function insertClassType(db: Db, values: typeof classTypes.$inferInsert): Promise<ClassTypeRow> {
  const [row] = await db.insert(classTypes).values(values).returning();
  if (!row) throw new Error('class type insert returned nothing');
  return row;
}

export async function findClassType(db: Db, orgId: string, id: string): Promise<ClassTypeRow | undefined> {
  const [row] = await db
    .select()
    .from(classTypes)
    .where(and(eq(classTypes.orgId, orgId), eq(classTypes.id, id)));
  return row;
}

/** The providers named on a scheduled class that has not ended: who teaches what is on the timetable. */
export async function selectTeachingProviderIds(db: Db, orgId: string, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ providerId: classes.providerId })
    .from(classes)
    .where(
      and(
        eq(classes.orgId, orgId),
        eq(classes.status, 'scheduled'),
        gte(classes.endsAt, now),
        sql`${classes.providerId} IS NOT NULL`,
      ),
    );
  return rows.flatMap((row) => (row.providerId ? [row.providerId] : []));
}

export async function selectClassTypes(db: Db, orgId: string): Promise<ClassTypeRow[]> {
  return db.select().from(classTypes).where(eq(classTypes.orgId, orgId)).orderBy(asc(classTypes.name)).limit(500);
}

export async function updateClassTypeRow(db: Db, orgId: string, id: string, name: string): Promise<ClassTypeRow> {
  const [row] = await db
    .update(classTypes)
    .set({ name, updatedAt: new Date() })
    .where(and(eq(classTypes.orgId, orgId), eq(classTypes.id, id)))
    .returning();
  if (!row) throw new Error(`class type ${id} vanished during update`);
  return row;
}

export async function deleteClassTypeRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(classTypes).where(and(eq(classTypes.orgId, orgId), eq(classTypes.id, id)));
}
