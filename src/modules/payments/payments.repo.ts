import { type SQL, and, desc, eq, lt, sql, lte } from 'drizzle-orm';
import { type Db, preparedOn, queryRows } from '../../platform/db.ts';
import { jsonRowsInsert } from '../../platform/json-rows.ts';
import { bookings } from '../bookings/bookings.tables.ts';
import {
  type PaymentRow,
  type RefundRow,
  type UnbookableRow,
  payments,
  refunds,
  stripeEvents,
  unbookablePayments,
} from './payments.tables.ts';

/** The insert of a payment whose row is made by the caller, for a batch of writes (platform/write-batch.ts). */
export function paymentInsert(db: Db, values: typeof payments.$inferInsert): SQL {
  return jsonRowsInsert(db, payments, [values]);
}

export async function insertPayment(db: Db, values: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [row] = await db.insert(payments).values(values).returning();
  if (!row) throw new Error('payment insert returned nothing');
  return row;
}

export async function findPayment(
  db: Db,
  orgId: string,
  by: { id: string } | { bookingId: string },
  lock = false,
): Promise<PaymentRow | undefined> {
  // By booking: the payment it was booked with; payments of its balance are found by balancePayments.
  const kind = 'id' in by ? 'id' : 'booking';
  const query = preparedOn(db, `payment_by_${kind}${lock ? '_for_update' : ''}`, (name) => {
    const key = sql.placeholder('key');
    const match =
      kind === 'id' ? eq(payments.id, key) : and(eq(payments.bookingId, key), eq(payments.purpose, 'booking'));
    const found = db
      .select()
      .from(payments)
      .where(and(eq(payments.orgId, sql.placeholder('orgId')), match))
      .orderBy(desc(payments.createdAt))
      .limit(1);
    return (lock ? found.for('update') : found).prepare(name);
  });
  const [row] = await query.execute({ orgId, key: 'id' in by ? by.id : by.bookingId });
  return row;
}

/** The payments of a booking's balance, oldest first; locked in that order when `lock`. */
export async function selectBalancePayments(
  db: Db,
  orgId: string,
  bookingId: string,
  lock = false,
): Promise<PaymentRow[]> {
  const query = db
    .select()
    .from(payments)
    .where(and(eq(payments.orgId, orgId), eq(payments.bookingId, bookingId), eq(payments.purpose, 'balance')))
    .orderBy(payments.createdAt, payments.id);
  return lock ? query.for('update') : query;
}

/** A payment by its PaymentIntent id, in any organisation: webhooks and confirms start from there. */
export async function findPaymentByIntent(db: Db, intentId: string): Promise<PaymentRow | undefined> {
  const query = preparedOn(db, 'payment_by_intent', (name) =>
    db
      .select()
      .from(payments)
      .where(eq(payments.providerRef, sql.placeholder('intentId')))
      .prepare(name),
  );
  const [row] = await query.execute({ intentId });
  return row;
}

/** A payment by id alone, for intents whose metadata names it before our id-to-intent link committed. */
export async function findPaymentById(db: Db, id: string): Promise<PaymentRow | undefined> {
  const query = preparedOn(db, 'payment_by_id_alone', (name) =>
    db
      .select()
      .from(payments)
      .where(eq(payments.id, sql.placeholder('id')))
      .prepare(name),
  );
  const [row] = await query.execute({ id });
  return row;
}

const paymentChange = (db: Db, id: string, changes: Partial<typeof payments.$inferInsert>) =>
  db
    .update(payments)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(payments.id, id));

/** updatePayment's update, for a batch of writes (platform/write-batch.ts) that touches the row nowhere else. */
export function paymentUpdate(db: Db, id: string, changes: Partial<typeof payments.$inferInsert>): SQL {
  return paymentChange(db, id, changes).getSQL();
}

export async function updatePayment(
  db: Db,
  id: string,
  changes: Partial<typeof payments.$inferInsert>,
): Promise<PaymentRow> {
  const [row] = await paymentChange(db, id, changes).returning();
  if (!row) throw new Error(`payment ${id} vanished during update`);
  return row;
}

export async function insertRefund(db: Db, values: typeof refunds.$inferInsert): Promise<RefundRow> {
  const [row] = await db.insert(refunds).values(values).returning();
  if (!row) throw new Error('refund insert returned nothing');
  return row;
}

export async function findRefund(db: Db, by: { id: string } | { providerRef: string }, lock = false) {
  const match = 'id' in by ? eq(refunds.id, by.id) : eq(refunds.providerRef, by.providerRef);
  const query = db.select().from(refunds).where(match);
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateRefund(
  db: Db,
  id: string,
  changes: Partial<typeof refunds.$inferInsert>,
): Promise<RefundRow> {
  const [row] = await db
    .update(refunds)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(refunds.id, id))
    .returning();
  if (!row) throw new Error(`refund ${id} vanished during update`);
  return row;
}

/**
 * After a server error at the provider under key number `seen`: move to the next key, once however
 * many callers saw that error. Returns the key number to use now.
 */
export async function nextProviderAttempt(db: Db, table: 'payments' | 'refunds', id: string, seen: number) {
  const target = table === 'payments' ? payments : refunds;
  const [moved] = await db
    .update(target)
    .set({ providerAttempt: seen + 1 })
    .where(and(eq(target.id, id), eq(target.providerAttempt, seen)))
    .returning({ attempt: target.providerAttempt });
  if (moved) return moved.attempt;
  const [row] = await db.select({ attempt: target.providerAttempt }).from(target).where(eq(target.id, id));
  return row?.attempt ?? seen + 1;
}

export async function selectRefunds(db: Db, paymentId: string): Promise<RefundRow[]> {
  return db.select().from(refunds).where(eq(refunds.paymentId, paymentId)).orderBy(refunds.createdAt);
}

/**
 * Records a Stripe event id; false if it was recorded before (a repeated delivery). `processed`: its
 * work is done in this same transaction, so no job will mark it later.
 */
export async function recordStripeEvent(
  db: Db,
  event: { id: string; type: string },
  { processed }: { processed: boolean },
): Promise<boolean> {
  const rows = await db
    .insert(stripeEvents)
    .values({ ...event, ...(processed ? { processedAt: sql`now()` } : {}) })
    .onConflictDoNothing()
    .returning({ id: stripeEvents.id });
  return rows.length > 0;
}

export async function markStripeEventProcessed(db: Db, id: string): Promise<void> {
  await db.update(stripeEvents).set({ processedAt: sql`now()` }).where(eq(stripeEvents.id, id));
}

export async function stripeEventProcessed(db: Db, id: string): Promise<boolean> {
  const [row] = await db
    .select({ processedAt: stripeEvents.processedAt })
    .from(stripeEvents)
    .where(eq(stripeEvents.id, id));
  return Boolean(row?.processedAt);
}

export async function insertUnbookable(db: Db, values: typeof unbookablePayments.$inferInsert): Promise<UnbookableRow> {
  const [row] = await db
    .insert(unbookablePayments)
    .values(values)
    .onConflictDoUpdate({
      target: [unbookablePayments.orgId, unbookablePayments.paymentId],
      set: { status: values.status ?? 'open', reason: values.reason, resolvedAt: null },
    })
    .returning();
  if (!row) throw new Error('unbookable payment insert returned nothing');
  return row;
}

export async function findUnbookable(db: Db, orgId: string, by: { id: string } | { paymentId: string }, lock = false) {
  const match = 'id' in by ? eq(unbookablePayments.id, by.id) : eq(unbookablePayments.paymentId, by.paymentId);
  const query = db
    .select()
    .from(unbookablePayments)
    .where(and(eq(unbookablePayments.orgId, orgId), match));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateUnbookable(db: Db, id: string, changes: Partial<typeof unbookablePayments.$inferInsert>) {
  await db.update(unbookablePayments).set(changes).where(eq(unbookablePayments.id, id));
}

export async function selectUnbookable(db: Db, orgId: string, status: UnbookableRow['status'] | undefined) {
  const conditions: SQL[] = [eq(unbookablePayments.orgId, orgId)];
  if (status) conditions.push(eq(unbookablePayments.status, status));
  return db
    .select({ problem: unbookablePayments, payment: payments })
    .from(unbookablePayments)
    .innerJoin(payments, eq(payments.id, unbookablePayments.paymentId))
    .where(and(...conditions))
    .orderBy(desc(unbookablePayments.createdAt))
    .limit(500);
}

/** Pending bookings whose hold ran out more than `graceMs` ago (the expiry job should have run). */
export async function selectExpiredHolds(db: Db, orgId: string, before: Date) {
  return db
    .select({ id: bookings.id, holdExpiresAt: bookings.holdExpiresAt })
    .from(bookings)
    .where(and(eq(bookings.orgId, orgId), eq(bookings.status, 'pending'), lt(bookings.holdExpiresAt, before)));
}

/** Pending bookings of one class whose hold ran out (at or before `now`). */
export async function selectLapsedHoldsOfClass(db: Db, orgId: string, classId: string, now: Date) {
  return db
    .select({ id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.orgId, orgId),
        eq(bookings.classId, classId),
        eq(bookings.status, 'pending'),
        lte(bookings.holdExpiresAt, now),
      ),
    );
}

/**
 * Money that is not where it should be: succeeded payments with neither an active booking nor a
 * refund covering them (and not on the admin queue), confirmed paid-method bookings without a
 * succeeded payment that is not refunded in full, and refunds pending since before `stuckBefore`.
 */
export async function integrityProblems(db: Db, orgId: string, stuckBefore: Date) {
  // Raw rows bypass drizzle's bigint mapping, and pg answers bigint as a string; float8 is exact for money.
  const orphanPayments = await queryRows<{
    payment_id: string;
    booking_id: string;
    amount: number;
    refunded_amount: number;
  }>(
    db,
    sql`
      SELECT p.id AS payment_id, p.booking_id, p.amount::float8 AS amount, p.refunded_amount::float8 AS refunded_amount
      FROM payments p JOIN bookings b ON b.id = p.booking_id
      WHERE p.org_id = ${orgId} AND p.status = 'succeeded' AND b.status IN ('pending', 'cancelled')
        AND p.refunded_amount + p.retained_amount + p.credited_amount < p.amount
        AND NOT EXISTS (SELECT 1 FROM unbookable_payments u WHERE u.org_id = p.org_id AND u.payment_id = p.id AND u.status = 'open')`,
  );
  const unpaidBookings = await queryRows<{ booking_id: string; payment_method: string }>(
    db,
    sql`
      SELECT b.id AS booking_id, b.payment_method
      FROM bookings b
      WHERE b.org_id = ${orgId} AND b.status = 'confirmed' AND b.payment_method IN ('card', 'swish', 'bank_transfer')
        AND NOT EXISTS (
          SELECT 1 FROM payments p WHERE p.booking_id = b.id AND p.status = 'succeeded' AND p.refunded_amount < p.amount
        )`,
  );
  const stuckRefunds = await db
    .select({ id: refunds.id, paymentId: refunds.paymentId, amount: refunds.amount, createdAt: refunds.createdAt })
    .from(refunds)
    .where(and(eq(refunds.orgId, orgId), eq(refunds.status, 'pending'), lt(refunds.createdAt, stuckBefore)));
  return { orphanPayments, unpaidBookings, stuckRefunds };
}

/**
 * What becomes of the money paid for a cancelled booking: paid in all, kept as a fee, turned into
 * credits, and the rest, which comes back (refunded, being refunded, or on the queue for a person to
 * pay back: payments.service.ts, giveBack).
 */
export async function bookingMoney(db: Db, orgId: string, bookingId: string) {
  const rows = await db
    .select()
    .from(payments)
    .where(and(eq(payments.orgId, orgId), eq(payments.bookingId, bookingId), eq(payments.status, 'succeeded')));
  const sum = (pick: (p: PaymentRow) => number) => rows.reduce((total, p) => total + pick(p), 0);
  return {
    paid: sum((p) => p.amount),
    back: sum((p) => p.amount - p.retainedAmount - p.creditedAmount),
    kept: sum((p) => p.retainedAmount),
    credited: sum((p) => p.creditedAmount),
    method: rows[0]?.method ?? null,
  };
}
