import { and, desc, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';
import type { WriteBatch } from '../../platform/write-batch.ts';
import {
  type LoyaltySettingsRow,
  type PointsRow,
  type RedemptionRow,
  type RedemptionStatus,
  type RewardRow,
  loyaltyBalances,
  loyaltyLedger,
  loyaltyRedemptions,
  loyaltyRewards,
  loyaltySettings,
} from './loyalty.tables.ts';

// Settings

export async function findSettings(db: Db, orgId: string): Promise<LoyaltySettingsRow | undefined> {
  const [row] = await db.select().from(loyaltySettings).where(eq(loyaltySettings.orgId, orgId));
  return row;
}

/**
 * What a payment earns by: whether earning is on and its rate (undefined while never set). With a
 * settlement's writes still pending, they are sent in the same statement: they touch no settings.
 */
export async function findEarnRate(
  db: Db,
  orgId: string,
  writes?: WriteBatch,
): Promise<Pick<LoyaltySettingsRow, 'enabled' | 'pointsPerUnitBp'> | undefined> {
  const [row] = await queryRows<Pick<LoyaltySettingsRow, 'enabled' | 'pointsPerUnitBp'>>(
    db,
    sql`WITH ${writes?.leadingWrites() ?? sql``}rate AS (
          SELECT enabled, points_per_unit_bp AS "pointsPerUnitBp" FROM loyalty_settings WHERE org_id = ${orgId}
        )
        SELECT * FROM rate`,
  );
  return row;
}

export async function upsertSettings(
  db: Db,
  orgId: string,
  values: { enabled: boolean; pointsPerUnitBp: number },
): Promise<LoyaltySettingsRow> {
  const [row] = await db
    .insert(loyaltySettings)
    .values({ orgId, ...values })
    .onConflictDoUpdate({ target: loyaltySettings.orgId, set: { ...values, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error('loyalty settings upsert returned nothing');
  return row;
}

// Rewards

export async function insertReward(db: Db, values: typeof loyaltyRewards.$inferInsert): Promise<RewardRow> {
  const [row] = await db.insert(loyaltyRewards).values(values).returning();
  if (!row) throw new Error('reward insert returned nothing');
  return row;
}

export async function findReward(db: Db, orgId: string, id: string, lock = false): Promise<RewardRow | undefined> {
  const query = db
    .select()
    .from(loyaltyRewards)
    .where(and(eq(loyaltyRewards.orgId, orgId), eq(loyaltyRewards.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function selectRewards(db: Db, orgId: string, activeOnly: boolean): Promise<RewardRow[]> {
  return db
    .select()
    .from(loyaltyRewards)
    .where(and(eq(loyaltyRewards.orgId, orgId), activeOnly ? eq(loyaltyRewards.active, true) : undefined))
    .orderBy(loyaltyRewards.costPoints, loyaltyRewards.name, loyaltyRewards.id)
    .limit(500);
}

export async function updateReward(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<typeof loyaltyRewards.$inferInsert>,
): Promise<RewardRow | undefined> {
  const [row] = await db
    .update(loyaltyRewards)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(loyaltyRewards.orgId, orgId), eq(loyaltyRewards.id, id)))
    .returning();
  return row;
}

export async function deleteReward(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(loyaltyRewards).where(and(eq(loyaltyRewards.orgId, orgId), eq(loyaltyRewards.id, id)));
}

/** Moves a limited reward's stock by `delta` (one taken: -1, one given back: +1); unlimited stays null. */
export async function moveStock(db: Db, id: string, delta: number): Promise<void> {
  await db
    .update(loyaltyRewards)
    .set({ stock: sql`${loyaltyRewards.stock} + ${delta}` })
    .where(and(eq(loyaltyRewards.id, id), sql`${loyaltyRewards.stock} IS NOT NULL`));
}

export async function rewardHasRedemptions(db: Db, orgId: string, rewardId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: loyaltyRedemptions.id })
    .from(loyaltyRedemptions)
    .where(and(eq(loyaltyRedemptions.orgId, orgId), eq(loyaltyRedemptions.rewardId, rewardId)))
    .limit(1);
  return row !== undefined;
}

// Balances and the ledger

/**
 * Takes the lock that serialises every change to one customer's points (its balance row, made on
 * first use), and answers the balance as stored: the sum of the customer's ledger rows.
 */
export async function lockBalance(db: Db, orgId: string, customerId: string): Promise<number> {
  await db.insert(loyaltyBalances).values({ orgId, customerId, balance: 0 }).onConflictDoNothing();
  const [row] = await db
    .select({ balance: loyaltyBalances.balance })
    .from(loyaltyBalances)
    .where(and(eq(loyaltyBalances.orgId, orgId), eq(loyaltyBalances.customerId, customerId)))
    .for('update');
  if (!row) throw new Error(`points balance of ${customerId} vanished`);
  return row.balance;
}

/**
 * Points in the balance that cannot be spent yet. A booking can be cancelled (and its money refunded)
 * until it begins, and a package's unused credits can be refunded until they expire, so points spent
 * before then could not be taken back with the money:
 * - those earned by a payment for a booking that has not begun, less what its refunds took back (the
 *   start is read through the booking each time, so a booking moved to a later time keeps its points
 *   waiting);
 * - of those earned by a package, the share of its credits not used yet, less what its refunds took
 *   back: they become free as the credits are spent, and all at once when the credits expire.
 */
export async function pendingPoints(db: Db, orgId: string, customerId: string, now: Date): Promise<number> {
  const [row] = await queryRows<{ bookings: number; packages: number }>(
    db,
    sql`SELECT
          (SELECT COALESCE(sum(l.delta), 0)::int
             FROM loyalty_ledger l
             JOIN payments p ON p.org_id = l.org_id AND p.id = l.payment_id
             JOIN bookings b ON b.org_id = p.org_id AND b.id = p.booking_id
             LEFT JOIN classes c ON c.org_id = b.org_id AND c.id = b.class_id
            WHERE l.org_id = ${orgId} AND l.customer_id = ${customerId} AND l.kind IN ('earn', 'refund')
              AND COALESCE(b.starts_at, c.starts_at) > ${now}) AS bookings,
          (SELECT COALESCE(sum(GREATEST(0, l.delta + taken.delta - CASE
                    WHEN g.expires_at IS NOT NULL AND g.expires_at <= ${now} THEN l.delta
                    ELSE floor(l.delta::numeric * used.credits / g.credits)::int END)), 0)::int
             FROM loyalty_ledger l
             JOIN credit_grants g ON g.org_id = l.org_id AND g.payment_id = l.payment_id
             CROSS JOIN LATERAL (SELECT -COALESCE(sum(u.delta), 0) AS credits FROM credit_ledger u
                                  WHERE u.org_id = g.org_id AND u.grant_id = g.id AND u.kind IN ('use', 'return')) used
             CROSS JOIN LATERAL (SELECT COALESCE(sum(r.delta), 0) AS delta FROM loyalty_ledger r
                                  WHERE r.org_id = l.org_id AND r.payment_id = l.payment_id AND r.kind = 'refund') taken
            WHERE l.org_id = ${orgId} AND l.customer_id = ${customerId} AND l.kind = 'earn'
              AND g.source = 'package') AS packages`,
  );
  return Math.max(row?.bookings ?? 0, 0) + (row?.packages ?? 0);
}

export async function findBalance(db: Db, orgId: string, customerId: string): Promise<number> {
  const [row] = await db
    .select({ balance: loyaltyBalances.balance })
    .from(loyaltyBalances)
    .where(and(eq(loyaltyBalances.orgId, orgId), eq(loyaltyBalances.customerId, customerId)));
  return row?.balance ?? 0;
}

/** Inserts one ledger row; a row that one of the once-only indexes already holds inserts nothing. */
export async function insertPoints(db: Db, values: typeof loyaltyLedger.$inferInsert): Promise<PointsRow | undefined> {
  const [row] = await db.insert(loyaltyLedger).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findEarning(db: Db, paymentId: string): Promise<PointsRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyLedger)
    .where(and(eq(loyaltyLedger.paymentId, paymentId), eq(loyaltyLedger.kind, 'earn')));
  return row;
}

/** Points already taken back for a payment's refunds, counting what could not be taken (shortfall). */
export async function takenBackFor(db: Db, paymentId: string): Promise<number> {
  const [row] = await db
    .select({ taken: sql<number>`COALESCE(sum(${loyaltyLedger.shortfall} - ${loyaltyLedger.delta}), 0)::int` })
    .from(loyaltyLedger)
    .where(and(eq(loyaltyLedger.paymentId, paymentId), eq(loyaltyLedger.kind, 'refund')));
  return row?.taken ?? 0;
}

export async function selectLedger(
  db: Db,
  orgId: string,
  customerId: string,
  page: { limit: number; offset: number },
): Promise<{ rows: PointsRow[]; total: number }> {
  const where = and(eq(loyaltyLedger.orgId, orgId), eq(loyaltyLedger.customerId, customerId));
  const rows = await db
    .select()
    .from(loyaltyLedger)
    .where(where)
    .orderBy(desc(loyaltyLedger.createdAt), desc(loyaltyLedger.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(loyaltyLedger).where(where);
  return { rows, total: count?.total ?? 0 };
}

// Redemptions

export async function insertRedemption(db: Db, values: typeof loyaltyRedemptions.$inferInsert): Promise<RedemptionRow> {
  const [row] = await db.insert(loyaltyRedemptions).values(values).returning();
  if (!row) throw new Error('redemption insert returned nothing');
  return row;
}

export async function findRedemption(
  db: Db,
  orgId: string,
  id: string,
  lock = false,
): Promise<RedemptionRow | undefined> {
  const query = db
    .select()
    .from(loyaltyRedemptions)
    .where(and(eq(loyaltyRedemptions.orgId, orgId), eq(loyaltyRedemptions.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateRedemption(
  db: Db,
  id: string,
  changes: Partial<typeof loyaltyRedemptions.$inferInsert>,
): Promise<RedemptionRow> {
  const [row] = await db
    .update(loyaltyRedemptions)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(loyaltyRedemptions.id, id))
    .returning();
  if (!row) throw new Error(`redemption ${id} vanished during update`);
  return row;
}

export type RedemptionWithCode = RedemptionRow & { promoCode: string | null; customerName: string };

export async function selectRedemptions(
  db: Db,
  orgId: string,
  filter: { customerId?: string | undefined; status?: RedemptionStatus | undefined; id?: string },
  page: { limit: number; offset: number },
): Promise<RedemptionWithCode[]> {
  return queryRows<RedemptionWithCode>(
    db,
    sql`
      SELECT r.id, r.org_id AS "orgId", r.customer_id AS "customerId", r.reward_id AS "rewardId",
        r.reward_name AS "rewardName", r.kind, r.points, r.status, r.promo_code_id AS "promoCodeId",
        r.credit_grant_id AS "creditGrantId", r.handled_by AS "handledBy",
        r.fulfilled_at AS "fulfilledAt", r.cancelled_at AS "cancelledAt",
        r.created_at AS "createdAt", r.updated_at AS "updatedAt",
        p.code AS "promoCode", c.name AS "customerName"
      FROM loyalty_redemptions r
      JOIN customers c ON c.id = r.customer_id
      LEFT JOIN promo_codes p ON p.id = r.promo_code_id
      WHERE r.org_id = ${orgId}
        ${filter.customerId ? sql`AND r.customer_id = ${filter.customerId}` : sql``}
        ${filter.status ? sql`AND r.status = ${filter.status}` : sql``}
        ${filter.id ? sql`AND r.id = ${filter.id}` : sql``}
      ORDER BY r.created_at DESC, r.id DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
}

/** Balances whose stored figure is not the sum of the customer's ledger rows. */
export async function pointsOffLedger(db: Db, orgId: string) {
  return queryRows<{ customer_id: string; balance: number; ledger: number }>(
    db,
    sql`
      SELECT b.customer_id, b.balance, COALESCE(l.total, 0)::int AS ledger
      FROM loyalty_balances b
      LEFT JOIN (SELECT customer_id, sum(delta) AS total FROM loyalty_ledger WHERE org_id = ${orgId} GROUP BY customer_id) l
        ON l.customer_id = b.customer_id
      WHERE b.org_id = ${orgId} AND b.balance <> COALESCE(l.total, 0)`,
  );
}
