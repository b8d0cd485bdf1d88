import { asc, eq, sql } from 'drizzle-orm';
import { type Db, preparedOn } from '../../platform/db.ts';
import { organisations } from './orgs.tables.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;

export async function findOrganisationBySlug(db: Db, slug: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return row;
}

/** By id: what every job and settlement reads its organisation by; built once (preparedOn). */
export async function findOrganisationById(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const query = preparedOn(db, 'organisation_by_id', (name) =>
    db
      .select()
      .from(organisations)
      .where(eq(organisations.id, sql.placeholder('id')))
      .prepare(name),
  );
  const [row] = await query.execute({ id });
  return row;
}

export async function findDefaultOrganisation(db: Db): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.isDefault, true));
  return row;
}

/** Every organisation, oldest first: the platform operator's list. */
export async function listOrganisations(db: Db): Promise<OrganisationRow[]> {
  return db.select().from(organisations).orderBy(asc(organisations.createdAt), asc(organisations.slug));
}

export async function findOrganisationForUpdate(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).for('update');
  return row;
}

export async function insertOrganisation(db: Db, values: NewOrganisation): Promise<OrganisationRow | undefined> {
  const [row] = await db.insert(organisations).values(values).onConflictDoNothing().returning();
  return row;
}

/**
 * Bumped by every change to an organisation row made by this process: the service's cache of organisations
 * drops what it read before (see resolveOrganisation).
 */
let generation = 0;
export const organisationsGeneration = (): number => generation;
export function forgetOrganisations(): void {
  generation++;
}

export async function updateOrganisation(
  db: Db,
  id: string,
  changes: Partial<NewOrganisation>,
): Promise<OrganisationRow> {
  const [row] = await db.update(organisations).set(changes).where(eq(organisations.id, id)).returning();
  if (!row) throw new Error(`organisation ${id} vanished during update`);
  forgetOrganisations();
  return row;
}
