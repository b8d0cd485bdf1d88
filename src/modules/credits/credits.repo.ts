import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';
import {
  type CreditGrantRow,
  type CreditLedgerRow,
  type PackagePurchaseRow,
  type PackageRow,
  creditBalances,
  creditGrants,
  creditLedger,
  packagePurchases,
  packages,
} from './credits.tables.ts';
import { customers } from '../customers/customers.tables.ts';
import { payments } from '../payments/payments.tables.ts';

// Packages

export async function insertPackage(db: Db, values: typeof packages.$inferInsert): Promise<PackageRow> {
  const [row] = await db.insert(packages).values(values).returning();
  if (!row) throw new Error('package insert returned nothing');
  return row;
}

export async function findPackage(db: Db, orgId: string, id: string): Promise<PackageRow | undefined> {
  const [row] = await db
    .select()
    .from(packages)
    .where(and(eq(packages.orgId, orgId), eq(packages.id, id)));
  return row;
}

export async function selectPackages(db: Db, orgId: string, activeOnly: boolean): Promise<PackageRow[]> {
  return db
    .select()
    .from(packages)
    .where(and(eq(packages.orgId, orgId), activeOnly ? eq(packages.active, true) : undefined))
    .orderBy(asc(packages.name), asc(packages.id))
    .limit(500);
}

export async function updatePackageRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<typeof packages.$inferInsert>,
): Promise<PackageRow> {
  const [row] = await db
    .update(packages)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(packages.orgId, orgId), eq(packages.id, id)))
    .returning();
  if (!row) throw new Error(`package ${id} vanished during update`);
  return row;
}

// Purchases

export async function insertPurchase(
  db: Db,
  values: typeof packagePurchases.$inferInsert,
): Promise<PackagePurchaseRow> {
  const [row] = await db.insert(packagePurchases).values(values).returning();
  if (!row) throw new Error('package purchase insert returned nothing');
  return row;
}

export async function findPurchase(db: Db, orgId: string, id: string): Promise<PackagePurchaseRow | undefined> {
  const [row] = await db
    .select()
    .from(packagePurchases)
    .where(and(eq(packagePurchases.orgId, orgId), eq(packagePurchases.id, id)));
  return row;
}

export async function updatePurchase(db: Db, id: string, status: PackagePurchaseRow['status']): Promise<void> {
  await db.update(packagePurchases).set({ status, updatedAt: new Date() }).where(eq(packagePurchases.id, id));
}

// Balances, grants and the ledger

/**
 * Takes the lock that serialises every change to one customer's credits (its balance row, made on
 * first use), and answers the balance as stored: the sum of the customer's ledger rows.
 */
export async function lockBalance(db: Db, orgId: string, customerId: string): Promise<number> {
  await db.insert(creditBalances).values({ orgId, customerId, balance: 0 }).onConflictDoNothing();
  const [row] = await db
    .select({ balance: creditBalances.balance })
    .from(creditBalances)
    .where(and(eq(creditBalances.orgId, orgId), eq(creditBalances.customerId, customerId)))
    .for('update');
  if (!row) throw new Error(`credit balance of ${customerId} vanished`);
  return row.balance;
}

export async function findBalance(db: Db, orgId: string, customerId: string): Promise<number> {
  const [row] = await db
    .select({ balance: creditBalances.balance })
    .from(creditBalances)
    .where(and(eq(creditBalances.orgId, orgId), eq(creditBalances.customerId, customerId)));
  return row?.balance ?? 0;
}

const unexpiredAt = (now: Date) => or(isNull(creditGrants.expiresAt), gt(creditGrants.expiresAt, now));

/**
 * Grants with credits left that have not expired at `now` (the app's clock, the one every rule here
 * uses), first to expire first; grants that never expire come last, then the oldest first.
 */
export async function selectUsableGrants(
  db: Db,
  orgId: string,
  customerId: string,
  now: Date,
): Promise<CreditGrantRow[]> {
  return db
    .select()
    .from(creditGrants)
    .where(
      and(
        eq(creditGrants.orgId, orgId),
        eq(creditGrants.customerId, customerId),
        gt(creditGrants.remaining, 0),
        unexpiredAt(now),
      ),
    )
    .orderBy(sql`${creditGrants.expiresAt} ASC NULLS LAST`, asc(creditGrants.createdAt), asc(creditGrants.id));
}

/** Grants that expired at or before `now` with credits still on them: those credits are written off. */
export async function selectLapsedGrants(db: Db, orgId: string, customerId: string, now: Date) {
  return db
    .select()
    .from(creditGrants)
    .where(
      and(
        eq(creditGrants.orgId, orgId),
        eq(creditGrants.customerId, customerId),
        gt(creditGrants.remaining, 0),
        lte(creditGrants.expiresAt, now),
      ),
    );
}

/** A grant starts with nothing left: its 'grant' ledger row brings `remaining` to its credits. */
export async function insertGrant(
  db: Db,
  values: Omit<typeof creditGrants.$inferInsert, 'remaining'>,
): Promise<CreditGrantRow | undefined> {
  const [row] = await db
    .insert(creditGrants)
    .values({ ...values, remaining: 0 })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** The grant a package purchase gave (one at most: unique per purchase). */
export async function findPurchaseGrant(
  db: Db,
  orgId: string,
  purchaseId: string,
): Promise<CreditGrantRow | undefined> {
  const [row] = await db
    .select()
    .from(creditGrants)
    .where(and(eq(creditGrants.orgId, orgId), eq(creditGrants.packagePurchaseId, purchaseId)));
  return row;
}

export async function insertLedgerRows(db: Db, rows: (typeof creditLedger.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await db.insert(creditLedger).values(rows);
}

/** What a booking still holds of each grant: its uses less what came back, per grant. */
export async function selectBookingUses(db: Db, orgId: string, bookingId: string) {
  return db
    .select({
      grantId: creditLedger.grantId,
      customerId: creditLedger.customerId,
      expiresAt: creditGrants.expiresAt,
      held: sql<number>`(-sum(${creditLedger.delta}))::int`,
    })
    .from(creditLedger)
    .innerJoin(creditGrants, eq(creditGrants.id, creditLedger.grantId))
    .where(
      and(
        eq(creditLedger.orgId, orgId),
        eq(creditLedger.bookingId, bookingId),
        inArray(creditLedger.kind, ['use', 'return']),
      ),
    )
    .groupBy(creditLedger.grantId, creditLedger.customerId, creditGrants.expiresAt);
}

export async function selectGrants(db: Db, orgId: string, customerId: string): Promise<CreditGrantRow[]> {
  return db
    .select()
    .from(creditGrants)
    .where(and(eq(creditGrants.orgId, orgId), eq(creditGrants.customerId, customerId)))
    .orderBy(desc(creditGrants.createdAt))
    .limit(500);
}

export async function selectLedger(
  db: Db,
  orgId: string,
  customerId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: CreditLedgerRow[]; total: number }> {
  const where = and(eq(creditLedger.orgId, orgId), eq(creditLedger.customerId, customerId));
  const rows = await db
    .select()
    .from(creditLedger)
    .where(where)
    .orderBy(desc(creditLedger.createdAt), desc(creditLedger.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(creditLedger).where(where);
  return { rows, total: count?.total ?? 0 };
}

/**
 * Credits that are not where the ledger says: a balance or a grant whose stored figure is not the
 * sum of its ledger rows, and a package payment that succeeded with neither a grant nor a refund.
 */
export async function creditIntegrityProblems(db: Db, orgId: string) {
  const balancesOffLedger = await queryRows<{ customer_id: string; balance: number; ledger: number }>(
    db,
    sql`
      SELECT b.customer_id, b.balance, COALESCE(l.total, 0)::int AS ledger
      FROM credit_balances b
      LEFT JOIN (SELECT customer_id, sum(delta) AS total FROM credit_ledger WHERE org_id = ${orgId} GROUP BY customer_id) l
        ON l.customer_id = b.customer_id
      WHERE b.org_id = ${orgId} AND b.balance <> COALESCE(l.total, 0)`,
  );
  const grantsOffLedger = await queryRows<{ grant_id: string; remaining: number; ledger: number }>(
    db,
    sql`
      SELECT g.id AS grant_id, g.remaining, COALESCE(l.total, 0)::int AS ledger
      FROM credit_grants g
      LEFT JOIN (SELECT grant_id, sum(delta) AS total FROM credit_ledger WHERE org_id = ${orgId} GROUP BY grant_id) l
        ON l.grant_id = g.id
      WHERE g.org_id = ${orgId} AND g.remaining <> COALESCE(l.total, 0)`,
  );
  const uncreditedPayments = await queryRows<{
    payment_id: string;
    package_purchase_id: string;
    amount: number;
    refunded_amount: number;
  }>(
    db,
    sql`
      SELECT p.id AS payment_id, p.package_purchase_id, p.amount::float8 AS amount, p.refunded_amount::float8 AS refunded_amount
      FROM payments p
      WHERE p.org_id = ${orgId} AND p.package_purchase_id IS NOT NULL AND p.status = 'succeeded'
        AND p.refunded_amount < p.amount
        AND NOT EXISTS (SELECT 1 FROM credit_grants g WHERE g.org_id = p.org_id AND g.payment_id = p.id)`,
  );
  // Money given back as credits must have its grant (refund as credit, migration 0020).
  const creditedWithoutGrant = await queryRows<{ payment_id: string; credited_amount: number }>(
    db,
    sql`
      SELECT p.id AS payment_id, p.credited_amount::float8 AS credited_amount
      FROM payments p
      WHERE p.org_id = ${orgId} AND p.credited_amount > 0
        AND NOT EXISTS (SELECT 1 FROM credit_grants g WHERE g.org_id = p.org_id AND g.payment_id = p.id AND g.source = 'refund')`,
  );
  return { balancesOffLedger, grantsOffLedger, uncreditedPayments, creditedWithoutGrant };
}

/**
 * Purchases that wait for a Swish or bank transfer payment only staff can see arrive: oldest first, with
 * what staff need to match the money (who, how much, the message) and the pending payment to mark paid.
 */
export async function selectWaitingPurchases(db: Db, orgId: string) {
  return db
    .select({
      purchase: packagePurchases,
      packageName: packages.name,
      customer: { id: customers.id, name: customers.name, email: customers.email },
      payment: { id: payments.id, reference: payments.reference, amount: payments.amount },
    })
    .from(packagePurchases)
    .innerJoin(packages, and(eq(packages.orgId, packagePurchases.orgId), eq(packages.id, packagePurchases.packageId)))
    .innerJoin(
      customers,
      and(eq(customers.orgId, packagePurchases.orgId), eq(customers.id, packagePurchases.customerId)),
    )
    .innerJoin(
      payments,
      and(
        eq(payments.orgId, packagePurchases.orgId),
        eq(payments.packagePurchaseId, packagePurchases.id),
        eq(payments.status, 'pending'),
      ),
    )
    .where(
      and(
        eq(packagePurchases.orgId, orgId),
        eq(packagePurchases.status, 'pending'),
        inArray(packagePurchases.method, ['swish', 'bank_transfer']),
      ),
    )
    .orderBy(asc(packagePurchases.createdAt))
    .limit(500);
}

/** The payment a purchase waits for, if it still waits. */
export async function findWaitingPurchasePayment(db: Db, orgId: string, purchaseId: string) {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orgId, orgId), eq(payments.packagePurchaseId, purchaseId), eq(payments.status, 'pending')))
    .limit(1);
  return row;
}
