import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { type SavedCardRow, type StripeCustomerRow, savedCards, stripeCustomers } from './cards.tables.ts';

/** The account's mapping row, inserted if there is none; racing inserts meet at the unique key and read one row. */
export async function ensureCustomerRow(db: Db, orgId: string, userId: string): Promise<StripeCustomerRow> {
  await db.insert(stripeCustomers).values({ orgId, userId }).onConflictDoNothing();
  const row = await findCustomerRow(db, orgId, userId);
  if (!row) throw new Error(`stripe_customers row for ${userId} vanished`);
  return row;
}

export async function findCustomerRow(db: Db, orgId: string, userId: string): Promise<StripeCustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(stripeCustomers)
    .where(and(eq(stripeCustomers.orgId, orgId), eq(stripeCustomers.userId, userId)));
  return row;
}

/** By Stripe's id, in any organisation: webhooks start from there. */
export async function findCustomerRowByStripeId(db: Db, stripeCustomerId: string) {
  const [row] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.stripeCustomerId, stripeCustomerId));
  return row;
}

/** Records Stripe's id once: a second writer (a racing request with the same key) finds it set. */
export async function setStripeCustomerId(db: Db, rowId: string, stripeCustomerId: string): Promise<void> {
  await db
    .update(stripeCustomers)
    .set({ stripeCustomerId, updatedAt: sql`now()` })
    .where(and(eq(stripeCustomers.id, rowId), sql`${stripeCustomers.stripeCustomerId} IS NULL`));
}

/** Moves to the next idempotency key, once per kept server error, whoever of racing callers gets there first. */
export async function nextCustomerAttempt(db: Db, rowId: string, from: number): Promise<void> {
  await db
    .update(stripeCustomers)
    .set({ providerAttempt: from + 1, updatedAt: sql`now()` })
    .where(and(eq(stripeCustomers.id, rowId), eq(stripeCustomers.providerAttempt, from)));
}

/** A Customer deleted at Stripe: the account gets a new one when it next needs one. Its cards go with it. */
export async function deleteCustomerRow(db: Db, stripeCustomerId: string): Promise<void> {
  await db.delete(stripeCustomers).where(eq(stripeCustomers.stripeCustomerId, stripeCustomerId));
}

export async function selectCards(db: Db, stripeCustomerId: string): Promise<SavedCardRow[]> {
  return db
    .select()
    .from(savedCards)
    .where(eq(savedCards.stripeCustomerId, stripeCustomerId))
    .orderBy(savedCards.paymentMethodId);
}

/** The customer a card was last seen with (a detached card's event no longer names it). */
export async function findCardCustomer(db: Db, paymentMethodId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ stripeCustomerId: savedCards.stripeCustomerId })
    .from(savedCards)
    .where(eq(savedCards.paymentMethodId, paymentMethodId));
  return row?.stripeCustomerId;
}

type CardValues = Omit<SavedCardRow, 'refreshedAt' | 'orgId'>;

/** Makes the stored cards of a customer exactly `cards` (as just read from Stripe). */
export async function replaceCards(db: Db, orgId: string, stripeCustomerId: string, cards: CardValues[]) {
  const ids = cards.map((card) => card.paymentMethodId);
  const ofCustomer = eq(savedCards.stripeCustomerId, stripeCustomerId);
  await db
    .delete(savedCards)
    .where(ids.length > 0 ? and(ofCustomer, notInArray(savedCards.paymentMethodId, ids)) : ofCustomer);
  // The default moves in two steps, so the one-default index never sees two.
  if (ids.length > 0) {
    await db
      .update(savedCards)
      .set({ isDefault: false })
      .where(and(ofCustomer, inArray(savedCards.paymentMethodId, ids)));
  }
  for (const card of cards) {
    await db
      .insert(savedCards)
      .values({ ...card, orgId })
      .onConflictDoUpdate({
        target: [savedCards.orgId, savedCards.paymentMethodId],
        set: {
          stripeCustomerId: card.stripeCustomerId,
          brand: card.brand,
          last4: card.last4,
          expMonth: card.expMonth,
          expYear: card.expYear,
          isDefault: card.isDefault,
          refreshedAt: sql`now()`,
        },
      });
  }
}

/** Serialises the refreshes of one customer's cards (a listing racing a webhook): the mapping row's lock. */
export async function lockCustomerRow(db: Db, stripeCustomerId: string): Promise<StripeCustomerRow | undefined> {
  const [row] = await db
    .select()
    .from(stripeCustomers)
    .where(eq(stripeCustomers.stripeCustomerId, stripeCustomerId))
    .for('update');
  return row;
}
