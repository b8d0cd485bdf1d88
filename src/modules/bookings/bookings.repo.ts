import { type SQL, and, asc, count, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';
import { customers } from '../customers/customers.tables.ts';
import { type BookingRow, bookings } from './bookings.tables.ts';

export type NewBookingRow = typeof bookings.$inferInsert;

export interface ClassCapacity {
  status: 'scheduled' | 'cancelled';
  maxSpots: number;
  spotsTaken: number;
  inserted: boolean;
}

/**
 * Locks the class row and, in the same statement, inserts the booking if the class is still
 * scheduled and has room for it. Doing both in one statement means the lock is held for this
 * one round trip and the commit, not for a conversation between the app and the database.
 * Returns the class as seen under the lock (before the insert), or undefined if it is gone.
 */
export async function insertBookingIfRoom(db: Db, booking: BookingRow): Promise<ClassCapacity | undefined> {
  const [row] = await queryRows<{
    status: ClassCapacity['status'];
    max_spots: number;
    spots_taken: number;
    inserted: boolean;
  }>(
    db,
    sql`
      WITH cls AS (
        SELECT id, status, max_spots, spots_taken FROM classes
        WHERE org_id = ${booking.orgId} AND id = ${booking.classId}
        FOR UPDATE
      ), inserted AS (
        INSERT INTO bookings (id, org_id, class_id, customer_id, spots, status, price_amount, currency,
                              payment_method, source, created_at, updated_at, hold_expires_at)
        SELECT ${booking.id}, ${booking.orgId}, cls.id, ${booking.customerId}, ${booking.spots}, ${booking.status},
               ${booking.priceAmount}, ${booking.currency}, ${booking.paymentMethod},
               ${booking.source}, ${booking.createdAt}, ${booking.updatedAt}, ${booking.holdExpiresAt}
        FROM cls
        WHERE cls.status = 'scheduled' AND cls.spots_taken + ${booking.spots} <= cls.max_spots
        RETURNING id
      )
      SELECT status, max_spots, spots_taken, EXISTS (SELECT 1 FROM inserted) AS inserted FROM cls`,
  );
  return row && { status: row.status, maxSpots: row.max_spots, spotsTaken: row.spots_taken, inserted: row.inserted };
}

export async function findActiveBooking(db: Db, orgId: string, classId: string, customerId: string) {
  const [row] = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.orgId, orgId),
        eq(bookings.classId, classId),
        eq(bookings.customerId, customerId),
        ne(bookings.status, 'cancelled'),
      ),
    );
  return row;
}

/** How a booking is named: by id, or by the hash of a manage token made before links were signed. */
export type BookingKey = { id: string } | { legacyTokenHash: string };

export const matchKey = (by: BookingKey) =>
  'id' in by ? eq(bookings.id, by.id) : eq(bookings.legacyManageTokenHash, by.legacyTokenHash);

/** Finds a booking; with `lock`, takes its row lock. */
export async function findBooking(
  db: Db,
  orgId: string,
  by: BookingKey,
  lock = false,
): Promise<BookingRow | undefined> {
  const match = matchKey(by);
  const query = db
    .select()
    .from(bookings)
    .where(and(eq(bookings.orgId, orgId), match));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateBookingRow(db: Db, orgId: string, id: string, changes: Partial<NewBookingRow>) {
  const [row] = await db
    .update(bookings)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(bookings.orgId, orgId), eq(bookings.id, id)))
    .returning();
  if (!row) throw new Error(`booking ${id} vanished during update`);
  return row;
}

export async function deleteBookingRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(bookings).where(and(eq(bookings.orgId, orgId), eq(bookings.id, id)));
}

export async function countBookingsOfClass(db: Db, orgId: string, classId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(bookings)
    .where(and(eq(bookings.orgId, orgId), eq(bookings.classId, classId)));
  return row?.n ?? 0;
}

export async function selectActiveBookingIds(db: Db, orgId: string, classId: string): Promise<string[]> {
  const rows = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.orgId, orgId), eq(bookings.classId, classId), ne(bookings.status, 'cancelled')));
  return rows.map((row) => row.id);
}

/** Cancels every active booking of a class; the caller holds the class lock. */
export async function cancelActiveBookingsOfClass(db: Db, orgId: string, classId: string, now: Date, reason: string) {
  const active = await db
    .select({ id: bookings.id, status: bookings.status })
    .from(bookings)
    .where(and(eq(bookings.orgId, orgId), eq(bookings.classId, classId), ne(bookings.status, 'cancelled')))
    .orderBy(asc(bookings.id))
    .for('update');
  if (active.length === 0) return [];
  await db
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: now, cancelledBy: 'staff', cancelReason: reason, updatedAt: now })
    .where(and(eq(bookings.orgId, orgId), eq(bookings.classId, classId), ne(bookings.status, 'cancelled')));
  return active.map((row) => ({ id: row.id, previousStatus: row.status, cancelReason: reason }));
}

export async function findOrgOfBooking(db: Db, by: BookingKey): Promise<string | undefined> {
  const [row] = await db.select({ orgId: bookings.orgId }).from(bookings).where(matchKey(by));
  return row?.orgId;
}

export interface CustomerFilter {
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** Customers of an organisation, each with how many active bookings they hold (staff list). */
export async function selectCustomersWithBookings(db: Db, orgId: string, filter: CustomerFilter) {
  const conditions: (SQL | undefined)[] = [eq(customers.orgId, orgId)];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(customers.email, pattern), ilike(customers.name, pattern)));
  }
  return db
    .select({
      customer: customers,
      activeBookings: count(bookings.id),
    })
    .from(customers)
    .leftJoin(
      bookings,
      and(eq(bookings.orgId, customers.orgId), eq(bookings.customerId, customers.id), ne(bookings.status, 'cancelled')),
    )
    .where(and(...conditions))
    .groupBy(customers.id)
    .orderBy(asc(customers.email), asc(customers.id))
    .limit(filter.limit)
    .offset(filter.offset);
}
