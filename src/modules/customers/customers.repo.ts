import { type SQL, and, asc, count, eq, ilike, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { bookings } from '../bookings/bookings.tables.ts';
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
      set: { email: user.email, name: user.name, updatedAt: sql`now()` },
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
    .where('id' in by ? eq(customers.id, by.id) : eq(customers.legacyCalendarTokenHash, by.legacyTokenHash));
  return row;
}

export interface CustomerFilter {
  q?: string | undefined;
  limit: number;
  offset: number;
}

export async function selectCustomers(db: Db, orgId: string, filter: CustomerFilter) {
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
