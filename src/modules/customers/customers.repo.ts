import { type SQL, and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { jsonRowsInsert } from '../../platform/json-rows.ts';
import { customers } from './customers.tables.ts';

export type CustomerRow = typeof customers.$inferSelect;

/** The guest customer for this email, created on first booking. Concurrent calls get one row. */
export async function upsertGuestCustomer(
  db: Db,
  orgId: string,
  guest: { email: string; name: string; locale: 'en' | 'sv' | null },
): Promise<CustomerRow> {
  const [row] = await db
    .insert(customers)
    .values({ orgId, email: guest.email, name: guest.name, locale: guest.locale })
    .onConflictDoUpdate({
      target: [customers.orgId, customers.email],
      targetWhere: isNull(customers.userId),
      set: { updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error('guest customer upsert returned nothing');
  return row;
}

/**
 * A guest's new customer row, as an INSERT to send with the statement that books for them (a write
 * batch). A row of the same email written meanwhile makes it fail (customers_one_guest_per_email).
 */
export const guestCustomerInsert = (db: Db, row: CustomerRow): SQL => jsonRowsInsert(db, customers, [row]);

/** The customer record of an account, created on its first booking. */
export async function upsertAccountCustomer(
  db: Db,
  orgId: string,
  user: { id: string; email: string; name: string; locale: 'en' | 'sv' | null },
): Promise<CustomerRow> {
  const [row] = await db
    .insert(customers)
    .values({ orgId, userId: user.id, email: user.email, name: user.name, locale: user.locale })
    .onConflictDoUpdate({
      target: [customers.orgId, customers.userId],
      targetWhere: isNotNull(customers.userId),
      // The account's language too, when it has one (a trigger on users keeps it in step as well).
      set: {
        email: user.email,
        name: user.name,
        locale: sql`coalesce(${user.locale}, ${customers.locale})`,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  if (!row) throw new Error('account customer upsert returned nothing');
  return row;
}

/** The customer a calendar feed link names: by id (signed links), or by an older link's hash. */
export async function findFeedCustomer(
  db: Db,
  by: { id: string } | { legacyTokenHash: string },
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(
      and(
        'id' in by ? eq(customers.id, by.id) : eq(customers.legacyCalendarTokenHash, by.legacyTokenHash),
        // Deleting an account revokes its feed: the signed link itself cannot be taken back.
        isNull(customers.anonymisedAt),
      ),
    );
  return row;
}

export async function findCustomer(db: Db, orgId: string, id: string, lock = false): Promise<CustomerRow | undefined> {
  const query = db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The guest customer of this address (bookings made without an account), if any. */
export async function findGuestCustomerByEmail(db: Db, orgId: string, email: string): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(
      and(
        eq(customers.orgId, orgId),
        eq(customers.email, email),
        isNull(customers.userId),
        isNull(customers.anonymisedAt),
      ),
    );
  return row;
}

/** A guest's customer row becomes the account's: its bookings, invoices and the rest go with it. */
export async function adoptGuestCustomer(
  db: Db,
  orgId: string,
  guestId: string,
  user: { id: string; email: string; name: string },
): Promise<void> {
  await db
    .update(customers)
    .set({ userId: user.id, email: user.email, name: user.name, updatedAt: sql`now()` })
    .where(and(eq(customers.orgId, orgId), eq(customers.id, guestId), isNull(customers.userId)));
}

/** An account's customer row, if it has ever booked or bought (reading never creates one). */
export async function findAccountCustomer(db: Db, orgId: string, userId: string): Promise<CustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.userId, userId)));
  return row;
}

/** A customer row (an account's, or a guest's) with its name and address replaced by placeholders. */
export async function anonymiseCustomer(
  db: Db,
  orgId: string,
  by: { userId: string } | { id: string },
  placeholder: { name: string; email: string },
  now: Date,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .update(customers)
    .set({ ...placeholder, legacyCalendarTokenHash: null, anonymisedAt: now, updatedAt: now })
    .where(and(eq(customers.orgId, orgId), 'userId' in by ? eq(customers.userId, by.userId) : eq(customers.id, by.id)))
    .returning();
  return row;
}

/** A new feed address for the customer: the version its links are signed for goes up, and a pre-signing link stops too. */
export async function replaceFeedAddress(db: Db, orgId: string, id: string): Promise<CustomerRow | undefined> {
  const [row] = await db
    .update(customers)
    .set({ feedVersion: sql`${customers.feedVersion} + 1`, legacyCalendarTokenHash: null, updatedAt: sql`now()` })
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)))
    .returning();
  return row;
}
