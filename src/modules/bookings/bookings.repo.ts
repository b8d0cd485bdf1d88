import { type SQL, and, asc, count, eq, ilike, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { type Db, errorDetail, preparedOn, queryRows, sqlState } from '../../platform/db.ts';
import type { WriteBatch } from '../../platform/write-batch.ts';
import { type ClassRow, classes } from '../classes/classes.tables.ts';
import type { CustomerRow } from '../customers/customers.repo.ts';
import { customers } from '../customers/customers.tables.ts';
import { type BookingRow, type HoldRow, bookings, holds } from './bookings.tables.ts';

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
export async function insertBookingIfRoom(
  db: Db,
  booking: BookingRow,
  /** Writes of the booking's transaction to send in the same statement (they run whatever it finds). */
  writes?: WriteBatch,
): Promise<ClassCapacity | undefined> {
  if (!booking.classId) throw new Error(`booking ${booking.id} is not a class booking`);
  return insertIfRoom(
    db,
    { orgId: booking.orgId, classId: booking.classId, spots: booking.spots, writes },
    sql`INSERT INTO bookings (id, org_id, class_id, customer_id, spots, status, price_amount, currency,
                              payment_method, source, created_at, updated_at, hold_expires_at)
        SELECT ${booking.id}, ${booking.orgId}, cls.id, ${booking.customerId}, ${booking.spots}, ${booking.status},
               ${booking.priceAmount}, ${booking.currency}, ${booking.paymentMethod},
               ${booking.source}, ${booking.createdAt}, ${booking.updatedAt}, ${booking.holdExpiresAt}`,
  );
}

/**
 * The one statement behind a booking or a hold of class spots: `insert` (an INSERT … SELECT … that
 * reads the locked class as `cls`) runs only if the class is scheduled and has room for `spots`.
 * With writes sent along, a refusal fails the statement (booking_taken_or_refuse, migration 0037), so
 * that none of them commits without the booking, even with no transaction around it; the refusal is
 * answered as it would be without them. The writes run before the class is locked (`writesFirst`):
 * every booking of a busy class waits for that lock, so it is held for the booking's insert and the
 * commit alone, not for the audit entry, jobs and price lines too.
 */
async function insertIfRoom(
  db: Db,
  target: { orgId: string; classId: string; spots: number; writes?: WriteBatch | undefined },
  insert: SQL,
): Promise<ClassCapacity | undefined> {
  const { writes } = target;
  const inserted = sql`EXISTS (SELECT 1 FROM inserted)`;
  const first = writes?.writesFirst() ?? { ctes: sql``, ran: sql`true` };
  const [row] = await queryRows<LockedClass>(
    db,
    sql`
      WITH ${first.ctes}cls AS (
        SELECT id, status, max_spots, spots_taken FROM classes
        WHERE org_id = ${target.orgId} AND id = ${target.classId} AND ${first.ran}
        FOR UPDATE
      ), inserted AS (
        ${insert}
        FROM cls
        WHERE cls.status = 'scheduled' AND cls.spots_taken + ${target.spots} <= cls.max_spots
        RETURNING id
      )
      ${
        writes
          ? sql`SELECT status, max_spots, spots_taken,
                       booking_taken_or_refuse(${inserted}, status, max_spots, spots_taken) AS inserted
                  FROM (SELECT) AS one LEFT JOIN cls ON true`
          : sql`SELECT status, max_spots, spots_taken, ${inserted} AS inserted FROM cls`
      }`,
  ).catch((error: unknown) => {
    if (sqlState(error) !== 'SWB01') throw error;
    return [JSON.parse(errorDetail(error) ?? '{}') as LockedClass];
  });
  if (!row?.status) return undefined;
  return { status: row.status, maxSpots: row.max_spots, spotsTaken: row.spots_taken, inserted: row.inserted };
}

/** The class as its lock saw it (a row, or a refusal's DETAIL); no status if it is gone. */
interface LockedClass {
  status: ClassCapacity['status'] | null;
  max_spots: number;
  spots_taken: number;
  inserted: boolean;
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

export interface ClassToBook {
  cls: ClassRow;
  /** The booker's customer row, if they have one in this organisation. */
  customer: CustomerRow | null;
  activeBookingId: string | null;
  expiredHolds: boolean;
  lapsedHolds: boolean;
}

/** Who is booking: a customer row, or (before it is written) a guest by email or an account by user. */
export type Booker = { customerId: string } | { email: string } | { userId: string };

/**
 * The class a customer is about to book, read as a snapshot together with what the booking path would
 * otherwise ask in statements of its own: the booker's customer row and active booking in it, and
 * whether any of its holds has run out (only then is there anything to release before locking it).
 */
export async function findClassToBook(
  db: Db,
  orgId: string,
  classId: string,
  who: Booker,
  now: Date,
): Promise<ClassToBook | undefined> {
  const [kind, booker] =
    'customerId' in who
      ? (['customerId', who.customerId] as const)
      : 'email' in who
        ? (['email', who.email] as const)
        : (['userId', who.userId] as const);
  const query = preparedOn(db, `find_class_to_book_by_${kind}`, (name) => {
    const by = sql.placeholder('booker');
    const ofBooker =
      kind === 'customerId'
        ? eq(customers.id, by)
        : kind === 'email'
          ? and(isNull(customers.userId), eq(customers.email, by))
          : eq(customers.userId, by);
    const [org, cls, at] = [sql.placeholder('orgId'), sql.placeholder('classId'), sql.placeholder('now')];
    return db
      .select({
        cls: classes,
        customer: customers,
        activeBookingId: sql<string | null>`(SELECT b.id FROM bookings b
          WHERE b.org_id = ${org} AND b.class_id = ${cls} AND b.customer_id = ${customers.id}
            AND b.status <> 'cancelled' LIMIT 1)`,
        expiredHolds: sql<boolean>`EXISTS (SELECT 1 FROM holds h
          WHERE h.org_id = ${org} AND h.class_id = ${cls} AND h.expires_at <= ${at}::timestamptz)`,
        lapsedHolds: sql<boolean>`EXISTS (SELECT 1 FROM bookings b
          WHERE b.org_id = ${org} AND b.class_id = ${cls} AND b.status = 'pending'
            AND b.hold_expires_at <= ${at}::timestamptz)`,
      })
      .from(classes)
      .leftJoin(customers, and(eq(customers.orgId, classes.orgId), ofBooker))
      .where(and(eq(classes.orgId, org), eq(classes.id, cls)))
      .prepare(name);
  });
  const [row] = await query.execute({ orgId, classId, booker, now: now.toISOString() });
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
  if ('id' in by) {
    // By id, the common case (every lock of a booking): built once (preparedOn).
    const byId = preparedOn(db, lock ? 'booking_by_id_for_update' : 'booking_by_id', (name) => {
      const query = db
        .select()
        .from(bookings)
        .where(and(eq(bookings.orgId, sql.placeholder('orgId')), eq(bookings.id, sql.placeholder('id'))));
      return (lock ? query.for('update') : query).prepare(name);
    });
    const [row] = await byId.execute({ orgId, id: by.id });
    return row;
  }
  const query = db
    .select()
    .from(bookings)
    .where(and(eq(bookings.orgId, orgId), matchKey(by)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/**
 * A live class booking locked, with its class read but not locked, in one statement: what confirming
 * a payment for it needs (bookings.locks.ts). None for an appointment or a cancelled booking, and none
 * for one cancelled while this waited for its lock (then the booking's lock may be held all the same).
 */
export async function lockLiveClassBooking(
  db: Db,
  orgId: string,
  id: string,
): Promise<{ booking: BookingRow; cls: ClassRow } | undefined> {
  const query = preparedOn(db, 'live_class_booking_for_update', (name) =>
    db
      .select({ booking: bookings, cls: classes })
      .from(bookings)
      .innerJoin(classes, and(eq(classes.orgId, bookings.orgId), eq(classes.id, bookings.classId)))
      .where(
        and(
          eq(bookings.orgId, sql.placeholder('orgId')),
          eq(bookings.id, sql.placeholder('id')),
          ne(bookings.status, 'cancelled'),
        ),
      )
      .for('update', { of: bookings })
      .prepare(name),
  );
  const [row] = await query.execute({ orgId, id });
  return row;
}

/**
 * A change moves `updated_at` on by at least a second: calendar entries number their versions by it
 * in whole seconds (bookings.ics.ts), and a calendar ignores an update whose SEQUENCE did not grow —
 * a booking moved within a second of being made would otherwise keep its old time there.
 */
const changedNow = sql`greatest(now(), ${bookings.updatedAt} + interval '1 second')`;

const bookingChange = (db: Db, orgId: string, id: string, changes: Partial<NewBookingRow>) =>
  db
    .update(bookings)
    .set({ ...changes, updatedAt: changedNow })
    .where(and(eq(bookings.orgId, orgId), eq(bookings.id, id)));

/** updateBookingRow's update, for a batch of writes (platform/write-batch.ts) that touches the row nowhere else. */
export function bookingRowUpdate(db: Db, orgId: string, id: string, changes: Partial<NewBookingRow>): SQL {
  return bookingChange(db, orgId, id, changes).getSQL();
}

export async function updateBookingRow(db: Db, orgId: string, id: string, changes: Partial<NewBookingRow>) {
  const [row] = await bookingChange(db, orgId, id, changes).returning();
  if (!row) throw new Error(`booking ${id} vanished during update`);
  return row;
}

/**
 * Stores the meeting link of a remote appointment, unless it was cancelled meanwhile (then the
 * caller removes the room it just made). Returns whether the link was stored.
 */
export async function storeVideoUrl(db: Db, orgId: string, id: string, url: string): Promise<boolean> {
  const rows = await db
    .update(bookings)
    .set({ videoUrl: url, updatedAt: changedNow })
    .where(and(eq(bookings.orgId, orgId), eq(bookings.id, id), ne(bookings.status, 'cancelled')))
    .returning({ id: bookings.id });
  return rows.length > 0;
}

export type AppointmentFacts = { kind: 'class' } | { kind: 'appointment'; providerId: string; remote: boolean };

/** Which kind a booking is, for the side effects queued with it; undefined while its row is not written. */
export async function findAppointmentFacts(db: Db, orgId: string, id: string): Promise<AppointmentFacts | undefined> {
  const [row] = await queryRows<{ provider_id: string | null; location_mode: string | null }>(
    db,
    sql`SELECT b.provider_id, s.location_mode FROM bookings b
        LEFT JOIN services s ON s.org_id = b.org_id AND s.id = b.service_id
        WHERE b.org_id = ${orgId} AND b.id = ${id}`,
  );
  if (!row) return undefined;
  if (!row.provider_id) return { kind: 'class' };
  return { kind: 'appointment', providerId: row.provider_id, remote: row.location_mode === 'remote' };
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
  /** One customer, by id. */
  id?: string | undefined;
  limit: number;
  offset: number;
}

/** Customers of an organisation, each with how many active bookings they hold (staff list). */
export async function selectCustomersWithBookings(db: Db, orgId: string, filter: CustomerFilter) {
  const conditions: (SQL | undefined)[] = [eq(customers.orgId, orgId)];
  if (filter.id) conditions.push(eq(customers.id, filter.id));
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
    .groupBy(customers.orgId, customers.id)
    .orderBy(asc(customers.email), asc(customers.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

// A provider's time (bookings.time.ts): locks, claims and holds.

/** Locks the providers' rows in id order: every writer of a provider's time takes these first. */
export async function lockProviders(db: Db, orgId: string, providerIds: string[]): Promise<void> {
  if (providerIds.length === 0) return;
  await queryRows(
    db,
    sql`SELECT id FROM providers WHERE org_id = ${orgId} AND id IN ${inList(providerIds)} ORDER BY id FOR UPDATE`,
  );
}

const inList = (ids: string[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;

/** Expired claims in the way of this range give way now, by the application's clock (the trigger uses the database's). */
export async function clearExpiredClaims(db: Db, providerIds: string[], range: { from: Date; to: Date }, now: Date) {
  if (providerIds.length === 0) return;
  await db.execute(sql`
    DELETE FROM provider_claims
    WHERE provider_id IN ${inList(providerIds)}
      AND during && tstzrange(${range.from.toISOString()}::timestamptz, ${range.to.toISOString()}::timestamptz)
      AND expires_at <= ${now.toISOString()}::timestamptz`);
}

/** The live claims of these providers overlapping the window, as epoch-millisecond ranges. */
export async function selectLiveClaims(
  db: Db,
  providerIds: string[],
  window: { from: Date; to: Date },
  now: Date,
  ignoreBookingId?: string,
): Promise<{ providerId: string; start: number; end: number }[]> {
  if (providerIds.length === 0) return [];
  const rows = await queryRows<{ provider_id: string; start_ms: number; end_ms: number }>(
    db,
    sql`
      SELECT provider_id,
             (extract(epoch FROM lower(during)) * 1000)::float8 AS start_ms,
             (extract(epoch FROM upper(during)) * 1000)::float8 AS end_ms
      FROM provider_claims
      WHERE provider_id IN ${inList(providerIds)}
        AND during && tstzrange(${window.from.toISOString()}::timestamptz, ${window.to.toISOString()}::timestamptz)
        AND (expires_at IS NULL OR expires_at > ${now.toISOString()}::timestamptz)
        ${ignoreBookingId ? sql`AND booking_id IS DISTINCT FROM ${ignoreBookingId}::uuid` : sql``}`,
  );
  return rows.map((row) => ({ providerId: row.provider_id, start: Number(row.start_ms), end: Number(row.end_ms) }));
}

/** How many live appointments each provider has on the given day (for "any provider" fairness); one statement. */
export async function countDayBookings(
  db: Db,
  orgId: string,
  days: { providerId: string; from: Date; to: Date }[],
): Promise<Map<string, number>> {
  if (days.length === 0) return new Map();
  const wanted = sql.join(
    days.map(
      (day) =>
        sql`(${day.providerId}::uuid, ${day.from.toISOString()}::timestamptz, ${day.to.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const rows = await queryRows<{ provider_id: string; n: number }>(
    db,
    sql`SELECT d.provider_id, count(b.id)::int AS n
        FROM (VALUES ${wanted}) AS d (provider_id, day_from, day_to)
        LEFT JOIN bookings b ON b.org_id = ${orgId} AND b.provider_id = d.provider_id AND b.status <> 'cancelled'
          AND b.starts_at >= d.day_from AND b.starts_at < d.day_to
        GROUP BY d.provider_id`,
  );
  return new Map(rows.map((row) => [row.provider_id, row.n]));
}

export async function insertBooking(db: Db, booking: BookingRow): Promise<void> {
  await db.insert(bookings).values(booking);
}

export async function insertHold(db: Db, hold: HoldRow): Promise<void> {
  await db.insert(holds).values(hold);
}

export async function findHold(db: Db, orgId: string, id: string, lock = false): Promise<HoldRow | undefined> {
  const query = db
    .select()
    .from(holds)
    .where(and(eq(holds.orgId, orgId), eq(holds.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function deleteHoldRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(holds).where(and(eq(holds.orgId, orgId), eq(holds.id, id)));
}

/**
 * Spots of a class held for a checkout: like `insertBookingIfRoom`, one statement locks the class,
 * and inserts the hold only if the class is scheduled and has room (the caller checked the start).
 */
export async function insertClassHoldIfRoom(db: Db, hold: HoldRow, now: Date): Promise<ClassCapacity | undefined> {
  if (!hold.classId) throw new Error(`hold ${hold.id} is not a hold of class spots`);
  return insertIfRoom(
    db,
    { orgId: hold.orgId, classId: hold.classId, spots: hold.spots },
    sql`INSERT INTO holds (id, org_id, class_id, spots, expires_at, created_at, holder)
        SELECT ${hold.id}, ${hold.orgId}, cls.id, ${hold.spots}, ${hold.expiresAt}, ${now}, ${hold.holder}`,
  );
}

/**
 * The spots `holder` keeps in live holds, under a transaction lock of its own that serialises that
 * holder's new holds (so two at once cannot both pass the cap).
 */
export async function lockHeldSpots(db: Db, orgId: string, holder: string, now: Date): Promise<number> {
  // Two statements: a count in the locking statement would read a snapshot taken before the wait.
  await queryRows(db, sql`SELECT pg_advisory_xact_lock(hashtextextended(${`holds:${orgId}:${holder}`}, 0))`);
  const [row] = await queryRows<{ spots: number }>(
    db,
    sql`SELECT COALESCE(sum(spots), 0)::int AS spots FROM holds
         WHERE org_id = ${orgId} AND holder = ${holder} AND expires_at > ${now}`,
  );
  return row?.spots ?? 0;
}

/** Held spots whose hold ran out go back to the class; the caller is about to lock it and book. */
export async function releaseExpiredClassHolds(db: Db, orgId: string, classId: string, now: Date): Promise<void> {
  await db.delete(holds).where(and(eq(holds.orgId, orgId), eq(holds.classId, classId), lte(holds.expiresAt, now)));
}

/** The classes starting in [from, to) that this account holds a live booking in: the week's "booked" marks. */
export async function selectBookedClassIds(db: Db, orgId: string, userId: string, from: Date, to: Date) {
  const rows = await queryRows<{ class_id: string }>(
    db,
    sql`SELECT DISTINCT b.class_id
          FROM bookings b
          JOIN customers cu ON cu.id = b.customer_id AND cu.org_id = b.org_id
          JOIN classes c ON c.id = b.class_id AND c.org_id = b.org_id
         WHERE b.org_id = ${orgId} AND cu.user_id = ${userId} AND b.status <> 'cancelled'
           AND c.starts_at >= ${from} AND c.starts_at < ${to}`,
  );
  return rows.map((row) => row.class_id);
}
