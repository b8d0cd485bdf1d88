import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

/**
 * Whose data: an account and the customer row it books as (at most one per organisation), or a
 * guest's customer row (bookings made without an account, named by a manage link of one of them).
 */
export type DataSubject = { orgId: string } & ({ userId: string } | { guestCustomerId: string });

const myCustomers = (s: DataSubject) =>
  'userId' in s
    ? sql`(SELECT id FROM customers WHERE org_id = ${s.orgId} AND user_id = ${s.userId})`
    : sql`(SELECT id FROM customers WHERE org_id = ${s.orgId} AND id = ${s.guestCustomerId} AND user_id IS NULL)`;
const myBookings = (s: DataSubject) =>
  sql`(SELECT id FROM bookings WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)})`;
const myPackagePurchases = (s: DataSubject) =>
  sql`(SELECT id FROM package_purchases WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)})`;
const myPayments = (s: DataSubject) =>
  sql`(SELECT id FROM payments WHERE org_id = ${s.orgId}
        AND (booking_id IN ${myBookings(s)} OR package_purchase_id IN ${myPackagePurchases(s)}))`;

/** Rows as JSON objects (to_jsonb): every column, in the database's own names. */
async function rows(db: Db, query: SQL): Promise<unknown[]> {
  return (await queryRows<{ row: unknown }>(db, query)).map((r) => r.row);
}

// Secrets are left out: a password hash or a token hash is not data about the person, and an
// export is a file that travels.
export const readAccount = async (db: Db, s: DataSubject) =>
  'userId' in s
    ? rows(
        db,
        sql`SELECT to_jsonb(u) - 'password_hash' AS row FROM users u WHERE org_id = ${s.orgId} AND id = ${s.userId}`,
      )
    : [];

export const readSessions = async (db: Db, s: DataSubject) =>
  'userId' in s
    ? rows(
        db,
        sql`SELECT jsonb_build_object('id', id, 'ip', ip, 'user_agent', user_agent, 'created_at', created_at,
                                      'expires_at', expires_at) AS row
              FROM sessions WHERE org_id = ${s.orgId} AND user_id = ${s.userId} ORDER BY created_at`,
      )
    : [];

export const readCustomers = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(c) - 'legacy_calendar_token_hash' AS row FROM customers c
         WHERE org_id = ${s.orgId} AND id IN ${myCustomers(s)}`,
  );

/** With what was booked, where and with whom, by name (see privacy.fields.ts). */
export const readBookings = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(b) || jsonb_build_object(
                 -- A class booking's times are its class's.
                 'starts_at', coalesce(b.starts_at, c.starts_at),
                 'ends_at', coalesce(b.ends_at, c.ends_at),
                 'class_title', c.title,
                 'service_name', sv.name,
                 'provider_name', coalesce(p.name, c.instructor_name),
                 'location_name', coalesce(l.name, c.location)) AS row
          FROM bookings b
          LEFT JOIN classes c ON c.org_id = b.org_id AND c.id = b.class_id
          LEFT JOIN services sv ON sv.org_id = b.org_id AND sv.id = b.service_id
          LEFT JOIN providers p ON p.org_id = b.org_id AND p.id = coalesce(b.provider_id, c.provider_id)
          LEFT JOIN locations l ON l.org_id = b.org_id AND l.id = coalesce(b.location_id, c.location_id)
         WHERE b.id IN ${myBookings(s)} ORDER BY b.created_at`,
  );

export const readPackagePurchases = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(p) || jsonb_build_object('package_name', k.name) AS row
          FROM package_purchases p LEFT JOIN packages k ON k.org_id = p.org_id AND k.id = p.package_id
         WHERE p.id IN ${myPackagePurchases(s)} ORDER BY p.created_at`,
  );

export const readPayments = (db: Db, s: DataSubject) =>
  rows(db, sql`SELECT to_jsonb(p) AS row FROM payments p WHERE id IN ${myPayments(s)} ORDER BY created_at`);

export const readRefunds = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(r) AS row FROM refunds r WHERE org_id = ${s.orgId} AND payment_id IN ${myPayments(s)}
         ORDER BY created_at`,
  );

export const readInvoices = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(i) || jsonb_build_object('lines',
             (SELECT coalesce(jsonb_agg(to_jsonb(l) || jsonb_build_object('currency', i.currency)
                                        ORDER BY l.position), '[]'::jsonb)
                FROM invoice_lines l WHERE l.org_id = i.org_id AND l.invoice_id = i.id)) AS row
          FROM invoices i WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)}
         ORDER BY number`,
  );

export const readCreditGrants = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(g) AS row FROM credit_grants g WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)}
         ORDER BY created_at`,
  );

export const readCreditLedger = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(e) AS row FROM credit_ledger e WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)}
         ORDER BY created_at, id`,
  );

/**
 * Entries about the person, or made by them. Where someone else acted (staff, a system job, an API
 * key), that someone's network address, browser and request id are theirs, not the subject's: left out.
 */
export const readAuditEntries = (db: Db, s: DataSubject) => {
  const byYou = 'userId' in s ? sql`a.actor_type = 'user' AND a.actor_id = ${s.userId}` : sql`a.actor_type = 'guest'`;
  return rows(
    db,
    sql`SELECT CASE WHEN ${byYou}
                    THEN to_jsonb(a) || jsonb_build_object('by_you', true)
                    ELSE to_jsonb(a) - 'ip' - 'user_agent' - 'request_id' || jsonb_build_object('by_you', false) END AS row
          FROM audit_log a
         WHERE org_id = ${s.orgId}
           AND ((entity_type = 'customer' AND entity_id IN ${myCustomers(s)})
             OR (entity_type = 'booking' AND entity_id IN ${myBookings(s)})
             ${'userId' in s ? sql`OR (entity_type = 'user' AND entity_id = ${s.userId}) OR (actor_type = 'user' AND actor_id = ${s.userId})` : sql``})
         ORDER BY id`,
  );
};

/** Places on class waitlists, with the class by its title. */
export const readWaitlistEntries = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(w) || jsonb_build_object('class_title', c.title) AS row
          FROM waitlist_entries w LEFT JOIN classes c ON c.org_id = w.org_id AND c.id = w.class_id
         WHERE w.org_id = ${s.orgId} AND w.customer_id IN ${myCustomers(s)} ORDER BY w.joined_at, w.id`,
  );

export const readLoyaltyLedger = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(e) AS row FROM loyalty_ledger e WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)}
         ORDER BY created_at, id`,
  );

export const readLoyaltyRedemptions = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(r) AS row FROM loyalty_redemptions r
         WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)} ORDER BY created_at, id`,
  );

/** Promo codes used, by the code the person typed. */
export const readPromoUses = (db: Db, s: DataSubject) =>
  rows(
    db,
    sql`SELECT to_jsonb(u) || jsonb_build_object('code', p.code) AS row
          FROM promo_uses u LEFT JOIN promo_codes p ON p.org_id = u.org_id AND p.id = u.promo_id
         WHERE u.org_id = ${s.orgId} AND u.customer_id IN ${myCustomers(s)} ORDER BY u.created_at, u.id`,
  );

/** Cards saved for the account at the card provider (brand, last four digits, expiry; never the number). */
export const readSavedCards = async (db: Db, s: DataSubject) =>
  'userId' in s
    ? rows(
        db,
        sql`SELECT to_jsonb(c) AS row FROM saved_cards c
             WHERE c.org_id = ${s.orgId}
               AND c.stripe_customer_id IN (SELECT stripe_customer_id FROM stripe_customers
                                             WHERE org_id = ${s.orgId} AND user_id = ${s.userId})
             ORDER BY c.refreshed_at, c.payment_method_id`,
      )
    : [];

/** Open invoices of the account with something left to pay. */
export async function countUnpaidInvoices(db: Db, s: DataSubject): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM invoices
         WHERE org_id = ${s.orgId} AND customer_id IN ${myCustomers(s)}
           AND kind = 'invoice' AND status IN ('open', 'overdue') AND gross_total > paid_amount`,
  );
  return row?.count ?? 0;
}

/** A booking's recorded values without the person: their name and address, what they typed. */
const withoutPerson = (values: SQL) =>
  sql`${values} - 'customer' - 'cancelReason' - 'reason'
        #- '{appointment,address}' #- '{appointment,phone}' #- '{appointment,notes}'`;

/**
 * The contact details given with the subject's bookings (phone, notes, the address of an on-site
 * visit) go with them, from the bookings and from the audit entries that recorded them (the
 * customer's name and address, the reason they typed); what was booked, when and for how much,
 * and who changed it, stays.
 */
export async function eraseBookingContacts(db: Db, s: DataSubject): Promise<void> {
  await db.execute(
    sql`UPDATE bookings SET customer_phone = NULL, customer_notes = NULL, customer_address = NULL
         WHERE id IN ${myBookings(s)}`,
  );
  await db.execute(
    sql`UPDATE audit_log SET before = ${withoutPerson(sql`before`)}, after = ${withoutPerson(sql`after`)}
         WHERE org_id = ${s.orgId} AND entity_type = 'booking' AND entity_id IN ${myBookings(s)}`,
  );
  await db.execute(
    sql`UPDATE audit_log SET before = NULL, after = NULL
         WHERE org_id = ${s.orgId} AND entity_type = 'customer' AND entity_id IN ${myCustomers(s)}`,
  );
}

/**
 * Moves a guest's credits and points to the account's customer row: its package purchases, credit
 * grants, loyalty redemptions and both ledgers change hands as they are, and each balance (kept by a
 * trigger per customer) is added to the account's. Both balance rows are locked first, as every use of
 * credits or points locks its customer's, so nothing is spent from either while they move. Answers
 * the credits and points that moved.
 */
export async function moveGuestBalances(
  db: Db,
  orgId: string,
  guestId: string,
  accountCustomerId: string,
): Promise<{ credits: number; points: number }> {
  const moved = { credits: 0, points: 0 };
  for (const [balances, owned, key] of [
    ['credit_balances', ['package_purchases', 'credit_grants', 'credit_ledger'], 'credits'],
    ['loyalty_balances', ['loyalty_redemptions', 'loyalty_ledger'], 'points'],
  ] as const) {
    const table = sql.identifier(balances);
    const locked = await queryRows<{ customer_id: string; balance: number }>(
      db,
      sql`SELECT customer_id, balance FROM ${table}
           WHERE org_id = ${orgId} AND customer_id IN (${guestId}, ${accountCustomerId})
           ORDER BY customer_id FOR UPDATE`,
    );
    for (const name of owned) {
      await db.execute(
        sql`UPDATE ${sql.identifier(name)} SET customer_id = ${accountCustomerId}
             WHERE org_id = ${orgId} AND customer_id = ${guestId}`,
      );
    }
    const guest = locked.find((row) => row.customer_id === guestId);
    if (!guest) continue;
    await db.execute(
      sql`INSERT INTO ${table} (org_id, customer_id, balance) VALUES (${orgId}, ${accountCustomerId}, ${guest.balance})
          ON CONFLICT (org_id, customer_id) DO UPDATE SET balance = ${table}.balance + EXCLUDED.balance, updated_at = now()`,
    );
    await db.execute(sql`DELETE FROM ${table} WHERE org_id = ${orgId} AND customer_id = ${guestId}`);
    moved[key] = guest.balance;
  }
  return moved;
}

/**
 * Moves a guest's bookings, invoices, waitlist places and promo uses to the account's customer row,
 * and removes the emptied guest row. Answers how many bookings moved.
 */
export async function moveGuestRows(
  db: Db,
  orgId: string,
  guestId: string,
  accountCustomerId: string,
): Promise<number> {
  const moved = await queryRows<{ id: string }>(
    db,
    sql`UPDATE bookings SET customer_id = ${accountCustomerId}
         WHERE org_id = ${orgId} AND customer_id = ${guestId} RETURNING id`,
  );
  for (const table of ['invoices', 'waitlist_entries', 'promo_uses']) {
    await db.execute(
      sql`UPDATE ${sql.identifier(table)} SET customer_id = ${accountCustomerId}
           WHERE org_id = ${orgId} AND customer_id = ${guestId}`,
    );
  }
  await db.execute(sql`DELETE FROM customers WHERE org_id = ${orgId} AND id = ${guestId} AND user_id IS NULL`);
  return moved.length;
}

export async function countCustomerBookings(db: Db, orgId: string, customerId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM bookings WHERE org_id = ${orgId} AND customer_id = ${customerId}`,
  );
  return row?.count ?? 0;
}
