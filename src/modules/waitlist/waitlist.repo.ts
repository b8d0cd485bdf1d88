import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';
import { classes } from '../classes/classes.tables.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import { customers } from '../customers/customers.tables.ts';
import { locations } from '../locations/locations.tables.ts';
import type { CustomerRow } from '../customers/customers.repo.ts';
import { holds } from '../bookings/bookings.tables.ts';
import { type WaitlistEntryRow, waitlistEntries } from './waitlist.tables.ts';

const live = inArray(waitlistEntries.status, ['waiting', 'offered']);

/** Joins the line; undefined when this customer is already in it (the unique index decides, not a read). */
export async function insertEntry(
  db: Db,
  entry: { orgId: string; classId: string; customerId: string; joinedAt: Date },
): Promise<WaitlistEntryRow | undefined> {
  const [row] = await db
    .insert(waitlistEntries)
    .values({ ...entry, status: 'waiting' })
    .onConflictDoNothing({
      target: [waitlistEntries.orgId, waitlistEntries.classId, waitlistEntries.customerId],
      where: sql`status IN ('waiting', 'offered')`,
    })
    .returning();
  return row;
}

export async function findEntry(db: Db, id: string, lock = false): Promise<WaitlistEntryRow | undefined> {
  const query = db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findLiveEntry(db: Db, orgId: string, classId: string, customerId: string) {
  const [row] = await db
    .select()
    .from(waitlistEntries)
    .where(
      and(
        eq(waitlistEntries.orgId, orgId),
        eq(waitlistEntries.classId, classId),
        eq(waitlistEntries.customerId, customerId),
        live,
      ),
    );
  return row;
}

export interface EntryView {
  entry: WaitlistEntryRow;
  cls: ClassRow;
  customer: CustomerRow;
  /** 1 for the first still waiting; null once offered or ended. */
  place: number | null;
  /** The zone of the class's location, when it has one: its local times are read there. */
  zone: string | null;
}

const placeOf = sql<number | null>`CASE WHEN ${waitlistEntries.status} = 'waiting' THEN (
  SELECT count(*)::int + 1 FROM waitlist_entries ahead
  WHERE ahead.class_id = ${waitlistEntries.classId} AND ahead.status = 'waiting'
    AND ahead.position < ${waitlistEntries.position}) END`;

/** Entries with their class, customer and place in line, in one statement. */
async function selectViews(db: Db, where: ReturnType<typeof and>, order = asc(waitlistEntries.position)) {
  const rows = await db
    .select({ entry: waitlistEntries, cls: classes, customer: customers, place: placeOf, zone: locations.timeZone })
    .from(waitlistEntries)
    .innerJoin(classes, eq(classes.id, waitlistEntries.classId))
    .innerJoin(customers, eq(customers.id, waitlistEntries.customerId))
    .leftJoin(locations, and(eq(locations.orgId, classes.orgId), eq(locations.id, classes.locationId)))
    .where(where)
    .orderBy(order);
  return rows as EntryView[];
}

export async function findEntryView(db: Db, id: string): Promise<EntryView | undefined> {
  const [row] = await selectViews(db, and(eq(waitlistEntries.id, id)));
  return row;
}

/** The entries a class's cancellation closed (a cancelled class's are all closed by it). */
export async function selectClosedEntryIds(db: Db, classId: string): Promise<string[]> {
  const rows = await db
    .select({ id: waitlistEntries.id })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.classId, classId), eq(waitlistEntries.status, 'closed')))
    .orderBy(asc(waitlistEntries.joinedAt));
  return rows.map((row) => row.id);
}

/** The live entries of a class, in line order (staff). */
export async function selectClassEntries(db: Db, orgId: string, classId: string): Promise<EntryView[]> {
  return selectViews(db, and(eq(waitlistEntries.orgId, orgId), eq(waitlistEntries.classId, classId), live));
}

/** A customer's live entries for classes not yet started. */
export async function selectCustomerEntries(db: Db, orgId: string, customerId: string, now: Date) {
  return selectViews(
    db,
    and(
      eq(waitlistEntries.orgId, orgId),
      eq(waitlistEntries.customerId, customerId),
      live,
      sql`${classes.startsAt} > ${now.toISOString()}::timestamptz`,
    ),
    asc(classes.startsAt),
  );
}

export async function updateEntry(db: Db, id: string, changes: Partial<typeof waitlistEntries.$inferInsert>) {
  const [row] = await db.update(waitlistEntries).set(changes).where(eq(waitlistEntries.id, id)).returning();
  if (!row) throw new Error(`waitlist entry ${id} vanished during update`);
  return row;
}

export async function lockHoldRow(db: Db, holdId: string): Promise<boolean> {
  const rows = await db.select({ id: holds.id }).from(holds).where(eq(holds.id, holdId)).for('update');
  return rows.length > 0;
}

export async function deleteHold(db: Db, holdId: string): Promise<void> {
  await db.delete(holds).where(eq(holds.id, holdId));
}

/** The database's own offer of a class's free spots to the first in line (migrations/0023). */
export async function offerFreeSpots(db: Db, classId: string): Promise<number> {
  const [row] = await queryRows<{ offered: number }>(db, sql`SELECT waitlist_offer_free_spots(${classId}) AS offered`);
  return row?.offered ?? 0;
}

/** Ends a class's waitlist: waiting and offered entries closed, the offers' holds removed. */
export async function closeClassWaitlist(db: Db, classId: string): Promise<void> {
  await db.execute(sql`SELECT waitlist_close_class(${classId})`);
}

// The sweep: what the triggers and jobs should have done, found by the clock.

/** Offers whose time ran out, oldest first. */
export async function selectLapsedOffers(db: Db, now: Date, limit: number) {
  return db
    .select({ id: waitlistEntries.id, orgId: waitlistEntries.orgId })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.status, 'offered'), lte(waitlistEntries.offerExpiresAt, now)))
    .orderBy(asc(waitlistEntries.offerExpiresAt))
    .limit(limit);
}

/** Offers made but never started (their job lost or not run yet). */
export async function selectUnstartedOffers(db: Db, limit: number) {
  return db
    .select({ id: waitlistEntries.id, orgId: waitlistEntries.orgId })
    .from(waitlistEntries)
    .where(and(eq(waitlistEntries.status, 'offered'), sql`${waitlistEntries.offerExpiresAt} IS NULL`))
    .orderBy(asc(waitlistEntries.position))
    .limit(limit);
}

/** Classes that have someone waiting, with what the sweep needs to decide. */
export async function selectClassesWithWaiting(db: Db, limit: number) {
  return queryRows<{ id: string; org_id: string; status: string; starts_at: string | Date }>(
    db,
    sql`SELECT c.id, c.org_id, c.status, c.starts_at FROM classes c
        WHERE c.id IN (SELECT DISTINCT class_id FROM waitlist_entries WHERE status IN ('waiting', 'offered'))
        ORDER BY c.starts_at LIMIT ${limit}`,
  );
}
