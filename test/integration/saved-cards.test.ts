/**
 * Saved cards (issue 11) through the local Stripe-shaped server: a Customer per account made once
 * however many first requests race, a card saved with a SetupIntent and learnt from the webhook,
 * listed, made the default and removed; nobody else can see, remove or pay with it; and a booking
 * paid with it is confirmed through the ordinary settlement (the webhook).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { queryRows } from '../../src/platform/db.ts';
import { type Client, type TestApp, classInput } from '../support/app.ts';
import { type CardTestApp, startCardTestApp } from '../support/card-app.ts';
import type { StripeServer } from '../support/stripe-server.ts';

let card: CardTestApp;
let t: TestApp;
let stripe: StripeServer;
let admin: Client;

before(async () => {
  card = await startCardTestApp();
  ({ t, stripe, admin } = card);
});
after(() => card?.close());

let customers = 0;
async function customer(): Promise<Client> {
  const client = t.client();
  const response = await client.signUp(`card-holder-${++customers}@example.test`, `Card Holder ${customers}`);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return client;
}

const deliver = (event: Stripe.Event | undefined) => card.postWebhook(event);

/** What the card form does: a SetupIntent from us, confirmed at Stripe with a card; then Stripe's webhooks. */
async function saveCard(
  client: Client,
  card: { brand?: string; last4?: string; expMonth?: number; expYear?: number } = {},
) {
  const setup = await client.post('/api/v1/me/cards/setup');
  assert.equal(setup.status, 200, JSON.stringify(setup.body));
  const intent = stripe.confirmSetupIntent(setup.body.setupIntentId, card);
  const cardId = intent.payment_method as string;
  await deliver(stripe.lastEvent('payment_method.attached', cardId));
  await deliver(stripe.lastEvent('setup_intent.succeeded', intent.id));
  return { cardId, setup: setup.body, customerId: intent.customer as string };
}

const storedCards = (customerId: string) =>
  queryRows<{ payment_method_id: string; last4: string; is_default: boolean }>(
    t.database.db,
    sql`SELECT payment_method_id, last4, is_default FROM saved_cards WHERE stripe_customer_id = ${customerId} ORDER BY last4`,
  );

describe('saving, listing, choosing and removing cards', () => {
  test('a card saved through a SetupIntent is recorded from the webhook and listed; the default moves; a removed card is gone', async () => {
    const me = await customer();
    assert.deepEqual((await me.get('/api/v1/me/cards')).body, { cards: [] }, 'no Customer yet, no cards');

    const first = await saveCard(me, { brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031 });
    assert.match(first.setup.clientSecret, /^seti_\w+_secret_\w+$/);
    assert.equal(first.setup.publishableKey, 'pk_test_local');
    const cus = stripe.customer(first.customerId) as Stripe.Customer;
    assert.equal(cus.email, `card-holder-${customers}@example.test`);
    // The webhook alone recorded the card: nothing listed it yet.
    assert.deepEqual(
      (await storedCards(first.customerId)).map((c) => c.last4),
      ['4242'],
    );

    const second = await saveCard(me, { brand: 'mastercard', last4: '4444', expMonth: 11, expYear: 2029 });
    assert.equal(second.customerId, first.customerId, 'one Customer per account');
    const listed = await me.get('/api/v1/me/cards');
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.cards.sort((a: { last4: string }, b: { last4: string }) => a.last4.localeCompare(b.last4)),
      [
        { id: first.cardId, brand: 'visa', last4: '4242', expMonth: 4, expYear: 2031, isDefault: false },
        { id: second.cardId, brand: 'mastercard', last4: '4444', expMonth: 11, expYear: 2029, isDefault: false },
      ],
    );

    const chosen = await me.post(`/api/v1/me/cards/${second.cardId}/default`);
    assert.equal(chosen.status, 200, JSON.stringify(chosen.body));
    assert.deepEqual(
      chosen.body.cards.filter((c: { isDefault: boolean }) => c.isDefault).map((c: { id: string }) => c.id),
      [second.cardId],
    );
    assert.equal(
      (stripe.customer(first.customerId) as Stripe.Customer).invoice_settings.default_payment_method,
      second.cardId,
    );
    const again = await me.post(`/api/v1/me/cards/${first.cardId}/default`);
    assert.deepEqual(
      again.body.cards.filter((c: { isDefault: boolean }) => c.isDefault).map((c: { id: string }) => c.id),
      [first.cardId],
      'the default moves; one default at a time',
    );

    const removed = await me.delete(`/api/v1/me/cards/${first.cardId}`);
    assert.equal(removed.status, 200, JSON.stringify(removed.body));
    assert.deepEqual(
      removed.body.cards.map((c: { id: string }) => c.id),
      [second.cardId],
    );
    assert.equal(stripe.paymentMethod(first.cardId).customer, null, 'detached at Stripe');
    assert.equal((await me.delete(`/api/v1/me/cards/${first.cardId}`)).body.error.code, 'card_not_found');

    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM audit_log WHERE entity_type = 'stripe_customer' ORDER BY occurred_at`,
    );
    assert.deepEqual(
      audit
        .map((row) => row.action)
        .filter((a) => a !== 'card.made_default' || true)
        .slice(-3),
      ['card.made_default', 'card.made_default', 'card.removed'],
    );
  });

  test('a card removed at Stripe (payment_method.detached) disappears from what we keep', async () => {
    const me = await customer();
    const { cardId, customerId } = await saveCard(me);
    assert.equal((await storedCards(customerId)).length, 1);
    // Detached elsewhere (e.g. by staff in the Dashboard), then Stripe's webhook.
    const other = await import('../support/stripe-client.ts');
    await other.createStripeClient(stripe).paymentMethods.detach(cardId);
    await deliver(stripe.lastEvent('payment_method.detached', cardId));
    assert.deepEqual(await storedCards(customerId), []);
  });

  test('a Customer deleted at Stripe (customer.deleted) takes its mapping and cards; the next setup makes a new Customer', async () => {
    const me = await customer();
    const { customerId } = await saveCard(me);
    stripe.deleteCustomer(customerId);
    await deliver(stripe.lastEvent('customer.deleted', customerId));
    assert.deepEqual(await storedCards(customerId), []);
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM stripe_customers WHERE stripe_customer_id = ${customerId}`,
    );
    assert.equal(rows[0]?.n, 0);
    const { customerId: fresh } = await saveCard(me);
    assert.notEqual(fresh, customerId);
    assert.equal((await me.get('/api/v1/me/cards')).body.cards.length, 1);
  });

  test('an event about a Customer that is not ours is recorded and ignored', async () => {
    const other = await import('../support/stripe-client.ts');
    const foreign = await other.createStripeClient(stripe).customers.create({ email: 'someone@else.test' });
    await deliver(stripe.lastEvent('customer.created', foreign.id));
    stripe.deleteCustomer(foreign.id);
    const deleted = stripe.lastEvent('customer.deleted', foreign.id);
    await deliver(deleted);
    const recorded = await queryRows<{ events: number; jobs: number }>(
      t.database.db,
      sql`SELECT (SELECT count(*)::int FROM stripe_events WHERE id = ${deleted!.id}) AS events,
                 (SELECT count(*)::int FROM jobs WHERE payload->>'eventId' = ${deleted!.id}) AS jobs`,
    );
    assert.deepEqual(recorded, [{ events: 1, jobs: 0 }], 'recorded once, nothing of ours to reconcile');
  });
});

describe('one Stripe Customer per account', () => {
  test('ten first setups at once make one Customer and one mapping', async () => {
    const me = await customer();
    const before = stripe.allCustomers().length;
    const answers = await Promise.all(Array.from({ length: 10 }, () => me.post('/api/v1/me/cards/setup')));
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(10).fill(200),
      JSON.stringify(answers.map((a) => a.body)),
    );
    assert.equal(stripe.allCustomers().length, before + 1, 'one Customer at Stripe');
    const customersOfIntents = new Set(answers.map((a) => stripe.setupIntent(a.body.setupIntentId).customer));
    assert.equal(customersOfIntents.size, 1);
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM stripe_customers WHERE stripe_customer_id = ${[...customersOfIntents][0]}`,
    );
    assert.equal(rows[0]?.n, 1);
  });

  test('the database refuses a second mapping for one account', async () => {
    const me = await customer();
    await me.post('/api/v1/me/cards/setup');
    const [user] = await queryRows<{ user_id: string; org_id: string }>(
      t.database.db,
      sql`SELECT user_id, org_id FROM stripe_customers ORDER BY created_at DESC LIMIT 1`,
    );
    await assert.rejects(
      t.database.db.execute(
        sql`INSERT INTO stripe_customers (org_id, user_id) VALUES (${user!.org_id}, ${user!.user_id})`,
      ),
    );
  });
});

describe("another customer's card", () => {
  test('is neither listed, removed, made default nor paid with; a guest cannot pay with a saved card', async () => {
    const owner = await customer();
    const { cardId } = await saveCard(owner);
    const thief = await customer();
    await saveCard(thief);

    const listed = await thief.get('/api/v1/me/cards');
    assert.ok(!listed.body.cards.some((c: { id: string }) => c.id === cardId));
    for (const response of [
      await thief.delete(`/api/v1/me/cards/${cardId}`),
      await thief.post(`/api/v1/me/cards/${cardId}/default`),
      await thief.delete('/api/v1/me/cards/pm_doesnotexist'),
      await thief.delete('/api/v1/me/cards/not-a-card'),
    ]) {
      assert.equal(response.status, 404, JSON.stringify(response.body));
      assert.equal(response.body.error.code, 'card_not_found');
    }
    assert.equal(stripe.paymentMethod(cardId).customer !== null, true, 'still attached to its owner');

    const cls = await admin.post('/api/v1/classes', classInput({ price: { amount: 12_000 } }, t.clock.now()));
    const paid = await thief.post('/api/v1/bookings', {
      classId: cls.body.id,
      paymentMethod: 'card',
      savedCardId: cardId,
    });
    assert.equal(paid.status, 404, JSON.stringify(paid.body));
    assert.equal(paid.body.error.code, 'card_not_found');

    const guest = await t.client().post('/api/v1/bookings', {
      classId: cls.body.id,
      paymentMethod: 'card',
      savedCardId: cardId,
      guest: { name: 'Guest', email: 'guest-card@example.test' },
    });
    assert.equal(guest.status, 401, JSON.stringify(guest.body));
    assert.equal(guest.body.error.code, 'saved_card_requires_account');

    const staffFor = await admin.post('/api/v1/bookings', {
      classId: cls.body.id,
      paymentMethod: 'card',
      savedCardId: cardId,
      guest: { name: 'Someone', email: 'someone-card@example.test' },
    });
    assert.equal(staffFor.status, 404, JSON.stringify(staffFor.body));

    const notCard = await owner.post('/api/v1/bookings', {
      classId: cls.body.id,
      paymentMethod: 'venue',
      savedCardId: cardId,
    });
    assert.equal(notCard.status, 400);
    assert.equal(notCard.body.error.code, 'validation_failed');

    const bookings = await admin.get(`/api/v1/bookings?classId=${cls.body.id}`);
    assert.deepEqual(bookings.body.bookings, [], 'nothing written');
    assert.equal(stripe.paymentIntents().filter((pi) => pi.payment_method === cardId).length, 0, 'never charged');
  });
});

describe('paying with a saved card', () => {
  test('a booking paid with a saved card is confirmed at Stripe at once and settled by the webhook', async () => {
    const me = await customer();
    const { cardId, customerId } = await saveCard(me, { last4: '1881' });
    const cls = await admin.post('/api/v1/classes', classInput({ price: { amount: 15_000 } }, t.clock.now()));
    const booked = await me.post('/api/v1/bookings', {
      classId: cls.body.id,
      paymentMethod: 'card',
      savedCardId: cardId,
    });
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.status, 'pending', 'the webhook decides');
    const intentId = booked.body.payment.clientSecret.split('_secret_')[0];
    const intent = stripe.paymentIntent(intentId);
    assert.equal(intent.status, 'succeeded');
    assert.equal(intent.customer, customerId);
    assert.equal(intent.payment_method, cardId);
    assert.equal(intent.amount, 15_000);

    await deliver(stripe.lastEvent('payment_intent.succeeded', intentId));
    const mine = await me.get('/api/v1/me/bookings');
    const booking = mine.body.bookings.find((b: { id: string }) => b.id === booked.body.booking.id);
    assert.equal(booking.status, 'confirmed');
    const [payment] = await queryRows<{ status: string; saved_card_id: string; stripe_customer_id: string }>(
      t.database.db,
      sql`SELECT status, saved_card_id, stripe_customer_id FROM payments WHERE provider_ref = ${intentId}`,
    );
    assert.deepEqual(payment, { status: 'succeeded', saved_card_id: cardId, stripe_customer_id: customerId });
    await t.runJobs();
    const report = await admin.get('/api/v1/integrity');
    assert.equal(report.body.clean, true, JSON.stringify(report.body));
  });

  test('a declined saved card answers 402 card_declined and lets the booking go: no spot held, nothing charged', async () => {
    const me = await customer();
    const { cardId } = await saveCard(me);
    stripe.declineCard(cardId);
    const cls = await admin.post(
      '/api/v1/classes',
      classInput({ price: { amount: 9_000 }, maxSpots: 1 }, t.clock.now()),
    );
    const declined = await me.post('/api/v1/bookings', {
      classId: cls.body.id,
      paymentMethod: 'card',
      savedCardId: cardId,
    });
    assert.equal(declined.status, 402, JSON.stringify(declined.body));
    assert.equal(declined.body.error.code, 'card_declined');
    const [intent] = stripe.paymentIntents().filter((pi) => pi.customer === stripe.paymentMethod(cardId).customer);
    assert.equal(intent?.status, 'requires_payment_method');
    assert.equal(intent?.amount_received, 0);
    const bookings = await admin.get(`/api/v1/bookings?classId=${cls.body.id}`);
    assert.deepEqual(
      bookings.body.bookings.map((b: { status: string }) => b.status),
      ['cancelled'],
    );
    // The failed attempt's webhook changes nothing more, and the one spot is free for someone else.
    await deliver(stripe.lastEvent('payment_intent.payment_failed', intent!.id));
    const next = await t.client().post('/api/v1/bookings', {
      classId: cls.body.id,
      paymentMethod: 'venue',
      guest: { name: 'Next', email: 'next-after-decline@example.test' },
    });
    assert.equal(next.status, 201, JSON.stringify(next.body));
  });
});

describe('buying a package with a saved card', () => {
  test('the purchase is paid at once with the card and its credits come with the webhook; another card is card_not_found', async () => {
    const pack = await admin.post('/api/v1/packages', {
      name: 'Five by saved card',
      credits: 5,
      price: { amount: 50_000 },
      validityDays: 30,
      scope: 'all_classes',
    });
    assert.equal(pack.status, 201, JSON.stringify(pack.body));
    const me = await customer();
    const { cardId, customerId } = await saveCard(me);
    const other = await customer();
    const { cardId: othersCard } = await saveCard(other);

    const refused = await me.post(`/api/v1/packages/${pack.body.id}/purchase`, {
      paymentMethod: 'card',
      savedCardId: othersCard,
    });
    assert.equal(refused.status, 404, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'card_not_found');

    const bought = await me.post(`/api/v1/packages/${pack.body.id}/purchase`, {
      paymentMethod: 'card',
      savedCardId: cardId,
    });
    assert.equal(bought.status, 201, JSON.stringify(bought.body));
    const intentId = bought.body.payment.clientSecret.split('_secret_')[0];
    const intent = stripe.paymentIntent(intentId);
    assert.deepEqual(
      [intent.status, intent.customer, intent.payment_method, intent.amount],
      ['succeeded', customerId, cardId, 50_000],
    );
    assert.equal((await me.get('/api/v1/me/credits')).body.balance, 0, 'credits come with the settlement');
    await deliver(stripe.lastEvent('payment_intent.succeeded', intentId));
    assert.equal((await me.get('/api/v1/me/credits')).body.balance, 5);
  });
});
