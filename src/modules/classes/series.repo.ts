import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { type NewClassRow, asTeacherBusy } from './classes.repo.ts';
import {
  type ClassRow,
  type ClassSeriesRow,
  type ClassTemplateRow,
  classSeries,
  classTemplates,
  classes,
} from './classes.tables.ts';

export type NewSeriesRow = typeof classSeries.$inferInsert;
export type NewTemplateRow = typeof classTemplates.$inferInsert;

export async function insertSeries(db: Db, values: NewSeriesRow): Promise<ClassSeriesRow> {
  const [row] = await db.insert(classSeries).values(values).returning();
  if (!row) throw new Error('series insert returned nothing');
  return row;
}

/** With `lock`, serialises edits and cancellations of one series (and its split). */
export async function findSeries(db: Db, orgId: string, id: string, lock = false): Promise<ClassSeriesRow | undefined> {
  const query = db
    .select()
    .from(classSeries)
    .where(and(eq(classSeries.orgId, orgId), eq(classSeries.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateSeriesRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewSeriesRow>,
): Promise<ClassSeriesRow> {
  const [row] = await db
    .update(classSeries)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(classSeries.orgId, orgId), eq(classSeries.id, id)))
    .returning();
  if (!row) throw new Error(`series ${id} vanished during update`);
  return row;
}

export async function insertClasses(db: Db, values: NewClassRow[]): Promise<ClassRow[]> {
  return db.insert(classes).values(values).returning().catch(asTeacherBusy);
}

/** A series' classes in time order; `from` limits them to those starting then or later. */
export async function selectSeriesClasses(db: Db, orgId: string, seriesId: string, from?: Date): Promise<ClassRow[]> {
  const conditions = [eq(classes.orgId, orgId), eq(classes.seriesId, seriesId)];
  if (from) conditions.push(gte(classes.startsAt, from));
  return db
    .select()
    .from(classes)
    .where(and(...conditions))
    .orderBy(asc(classes.startsAt), asc(classes.id));
}

/** Moves the classes starting at `from` or later to another series: the split of "this and following". */
export async function moveSeriesTail(db: Db, orgId: string, seriesId: string, from: Date, to: string): Promise<void> {
  await db
    .update(classes)
    .set({ seriesId: to, updatedAt: sql`now()` })
    .where(and(eq(classes.orgId, orgId), eq(classes.seriesId, seriesId), gte(classes.startsAt, from)));
}

export async function insertTemplate(db: Db, values: NewTemplateRow): Promise<ClassTemplateRow> {
  const [row] = await db.insert(classTemplates).values(values).returning();
  if (!row) throw new Error('template insert returned nothing');
  return row;
}

export async function findTemplate(db: Db, orgId: string, id: string): Promise<ClassTemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(classTemplates)
    .where(and(eq(classTemplates.orgId, orgId), eq(classTemplates.id, id)));
  return row;
}

export async function selectTemplates(db: Db, orgId: string): Promise<ClassTemplateRow[]> {
  return db
    .select()
    .from(classTemplates)
    .where(eq(classTemplates.orgId, orgId))
    .orderBy(asc(classTemplates.name))
    .limit(500);
}

export async function deleteTemplateRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(classTemplates).where(and(eq(classTemplates.orgId, orgId), eq(classTemplates.id, id)));
}
