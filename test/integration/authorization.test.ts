// The authorisation matrix: every /api/v1 route called as every kind of caller, with the status
// (and, for refusals, the error code) each must get. Rows are data; a failing test names its row
// and caller. Rows that change or consume something build a fresh resource for every call.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { type StripeServer, startStripeServer } from '../support/stripe-server.ts';
import type { Json } from '../support/json.ts';

const API = '/api/v1';

/** Who calls, in the column order of the matrix below. */
const CALLERS = [
  'anonymous',
  'customer A',
  'customer B',
  'staff',
  'admin',
  'other org admin without X-Org',
  'other org admin with X-Org: other',
] as const;
type CallerName = (typeof CALLERS)[number];
const OTHER_OWN_ORG: CallerName = 'other org admin with X-Org: other';

/** A caller as the server sees it: the X-Org it sends, its session cookie and CSRF token. */
interface Caller {
  name: CallerName;
  org?: string;
  cookie?: string;
  csrfToken?: string;
  /** To sign in once more, for rows that end the session they use. */
  credentials?: { email: string; password: string; org?: string };
}

interface Req {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  /** An object is sent as JSON; a string as it is (with the headers the row gives). */
  body?: object | string;
  headers?: Record<string, string>;
}

type Expected = number | readonly [number, string];
const UNAUTH = [401, 'unauthenticated'] as const;
const FORBIDDEN = [403, 'forbidden'] as const;
const WRONG_PASSWORD = [403, 'wrong_password'] as const;
const INVALID = [400, 'validation_failed'] as const;
const NO_CLASS = [404, 'class_not_found'] as const;
const NO_BOOKING = [404, 'booking_not_found'] as const;
const NOT_STARTED = [409, 'booking_not_started'] as const;
const NO_PAYMENT = [404, 'payment_not_found'] as const;
const NOT_FOUND = [404, 'not_found'] as const;
const NOT_RETRYABLE = [404, 'job_not_retryable'] as const;
const BAD_SIGNATURE = [400, 'invalid_signature'] as const;
const NO_CARD = [404, 'card_not_found'] as const;
/** A card saved by customer A (through a SetupIntent confirmed at the local Stripe server), for rows that remove or choose it. */
async function savedCardOfA(): Promise<string> {
  const setup = await ok(send(callerOf('customer A'), { method: 'POST', url: '/me/cards/setup' }));
  return stripe.confirmSetupIntent(setup.setupIntentId).payment_method as string;
}
const NO_INVOICE = [404, 'invoice_not_found'] as const;

interface Row {
  route: string;
  /** Called once per caller, so a row may build a fresh class or booking each time. */
  request: (caller: Caller) => Req | Promise<Req>;
  /** One entry per caller, in CALLERS order. */
  expect: readonly [Expected, Expected, Expected, Expected, Expected, Expected, Expected];
  /** The route works without a session (or before one exists), so it takes no CSRF token. */
  csrfExempt?: boolean;
  /** The row ends the caller's session: use a session of its own. */
  ownSession?: boolean;
  /**
   * The answer does not depend on the caller's organisation (the URL carries its own key or names
   * its organisation), so the other organisation's admin may see what anyone may: no leak check.
   */
  sameForEveryOrg?: boolean;
  /**
   * Cells where the app is known to answer wrongly (a reported bug): the test still asserts the
   * correct answer, but runs as a node:test TODO so the suite stays green while the bug is open.
   * Delete the entry when the bug is fixed.
   */
  /** `body` is the parsed JSON answer (undefined for other content); `text` the raw answer. */
  check?: (caller: CallerName, body: Json, text: string) => void;
}

let resetAsks = 0;
let linkAsks = 0;
let t: TestApp;
let stripe: StripeServer;
const callers = new Map<CallerName, Caller>();
let f: {
  classId: string;
  customerA: { id: string; email: string };
  customerB: { id: string; email: string };
  bookingA: { id: string; manageToken: string };
  bookingB: { id: string; manageToken: string };
  guestBooking: { id: string; manageToken: string };
  /** A paid class where the payment rows book. */
  paidClassId: string;
  /** Customer A's booking, paid by card through the local Stripe server. */
  cardA: { bookingId: string; paymentId: string; intentId: string };
  /** A guest's booking (PRIVATE_GUEST), paid by card. */
  cardGuest: { bookingId: string; paymentId: string; intentId: string };
  /** A guest's Swish booking, waiting for its payment. */
  swish: { bookingId: string; paymentId: string };
  /** A paid Swish booking cancelled by staff: its money waits on the admin queue. */
  unbookable: { problemId: string; paymentId: string; bookingId: string };
  webhook: { id: string; url: string; secret: string };
  /** The default organisation's jobs when the fixtures were made. */
  jobIds: number[];
  /** Customer A's calendar feed token. */
  calendarTokenA: string;
  /** A card customer A saved (made by the first row that needs it). */
  savedCardA?: string;
};
const PRIVATE_GUEST = { name: 'Zebulon Quixote-Private', email: 'zebulon.quixote@private.test' };
let seq = 0;
const unique = (prefix: string) => `${prefix}${++seq}`;

async function send(caller: Omit<Caller, 'name'>, req: Req, { csrf = true } = {}) {
  const response = await t.app.inject({
    method: req.method,
    url: API + req.url,
    headers: {
      ...(caller.org ? { 'x-org': caller.org } : {}),
      ...(caller.cookie ? { cookie: caller.cookie } : {}),
      ...(csrf && caller.csrfToken && req.method !== 'GET' ? { 'x-csrf-token': caller.csrfToken } : {}),
      ...req.headers,
    },
    ...(req.body === undefined ? {} : { payload: req.body }),
  });
  const session = response.cookies.find((c) => c.name === 'slotwise_session');
  const json = String(response.headers['content-type'] ?? '').includes('application/json');
  return {
    status: response.statusCode,
    text: response.body,
    body: response.body && json ? response.json() : undefined,
    cookie: session?.value ? `slotwise_session=${session.value}` : undefined,
  };
}

/** Signs in (or up) through the API and returns the caller holding that session. */
async function session(
  name: CallerName,
  path: '/auth/sign-in' | '/auth/sign-up',
  body: { email: string; password: string; name?: string },
  org?: string,
): Promise<Caller> {
  const response = await send({ org }, { method: 'POST', url: path, body });
  assert.equal(response.status, path === '/auth/sign-up' ? 201 : 200, response.text);
  const credentials = { email: body.email, password: body.password, org };
  return { name, org, cookie: response.cookie, csrfToken: response.body.csrfToken, credentials };
}

/** A new session for the same caller (anonymous stays anonymous); the X-Org it sends is kept. */
async function freshSession(caller: Caller): Promise<Caller> {
  if (!caller.credentials) return caller;
  const { email, password, org } = caller.credentials;
  return { ...(await session(caller.name, '/auth/sign-in', { email, password }, org)), org: caller.org };
}

const callerOf = (name: CallerName): Caller => callers.get(name) ?? assert.fail(`no caller ${name}`);

async function ok<T = Json>(response: Promise<{ status: number; body: Json; text: string }>, status = 200): Promise<T> {
  const result = await response;
  assert.equal(result.status, status, result.text);
  return result.body as T;
}

const freshClass = async (overrides: Record<string, unknown> = {}): Promise<string> =>
  (
    await ok(
      send(callerOf('admin'), { method: 'POST', url: '/classes', body: classInput(overrides, t.clock.now()) }),
      201,
    )
  ).id;

const NO_SERIES = [404, 'series_not_found'] as const;
const NO_TEMPLATE = [404, 'template_not_found'] as const;
const seriesInput = () => ({
  title: 'Weekly',
  weekdays: [1, 3],
  startTime: '10:00',
  fromDate: '2030-01-07',
  occurrences: 2,
  durationMinutes: 60,
  maxSpots: 5,
  price: { amount: 0 },
});
const templateInput = () => ({
  name: unique('tpl'),
  title: 'Flow',
  durationMinutes: 60,
  maxSpots: 5,
  price: { amount: 0 },
});
/** A series of the default organisation, made by its admin. */
const freshSeries = async () => {
  const body = await ok<{ id: string; classes: { id: string }[] }>(
    send(callerOf('admin'), { method: 'POST', url: '/series', body: seriesInput() }),
    201,
  );
  return { id: body.id, classIds: body.classes.map((c) => c.id) };
};
const freshTemplate = async () =>
  (
    await ok<{ id: string }>(
      send(callerOf('admin'), { method: 'POST', url: '/class-templates', body: templateInput() }),
      201,
    )
  ).id;

/** A booking of customer A in a class of its own. */
async function freshBookingOfA() {
  const classId = await freshClass();
  return (await ok(send(callerOf('customer A'), { method: 'POST', url: '/bookings', body: { classId } }), 201)).booking;
}

let dueA: Promise<{ bookingId: string; invoiceId: string }> | undefined;
/** Customer A's venue booking with an open invoice, made once: paying it again finds the same payment. */
function dueOfA() {
  dueA ??= (async () => {
    const booked = await ok(
      send(callerOf('customer A'), {
        method: 'POST',
        url: '/bookings',
        body: { classId: await freshClass({ price: { amount: 20000 } }), paymentMethod: 'venue' },
      }),
      201,
    );
    const invoice = await ok(
      send(callerOf('admin'), { method: 'POST', url: `/bookings/${booked.booking.id}/invoice`, body: {} }),
      201,
    );
    return { bookingId: booked.booking.id as string, invoiceId: invoice.id as string };
  })();
  return dueA;
}

/** The PaymentIntent id inside a client secret (`pi_…_secret_…`). */
const intentOf = (clientSecret: string) => clientSecret.split('_secret_')[0] ?? assert.fail(clientSecret);

/** Stripe's event about an intent, signed with the webhook secret, as Stripe would deliver it. */
function signedStripeEvent(type: string, intentId: string): Req {
  const event = stripe.lastEvent(type, intentId) ?? assert.fail(`no ${type} event for ${intentId}`);
  const { payload, header } = stripe.signedPayload(event);
  return {
    method: 'POST',
    url: '/stripe/webhook',
    body: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
  };
}

/** A card checkout by `caller` in the paid class, paid at Stripe and confirmed by its signed webhook. */
async function paidCardBooking(caller: Caller, extra: object = {}) {
  const started = await ok(
    send(caller, {
      method: 'POST',
      url: '/bookings',
      body: { classId: f.paidClassId, paymentMethod: 'card', ...extra },
    }),
    201,
  );
  const intentId = intentOf(started.payment.clientSecret);
  stripe.succeed(intentId);
  const delivered = await send(caller, signedStripeEvent('payment_intent.succeeded', intentId));
  assert.equal(delivered.status, 200, delivered.text);
  const poll = await ok(send(callerOf('admin'), { method: 'GET', url: `/payments/by-intent/${intentId}` }));
  assert.equal(poll.found, true);
  return { bookingId: started.booking.id as string, paymentId: started.payment.id as string, intentId };
}

/** A guest's Swish booking, waiting for its payment (in the paid class unless another is given). */
async function swishBooking(classId = f.paidClassId) {
  const started = await ok(
    send(callerOf('anonymous'), {
      method: 'POST',
      url: '/bookings',
      body: { classId, paymentMethod: 'swish', guest: guest(unique('swish')) },
    }),
    201,
  );
  assert.equal(started.payment.method, 'swish');
  return { bookingId: started.booking.id as string, paymentId: started.payment.id as string };
}

/** A guest's Swish booking that staff marked paid. */
async function paidSwishBooking(classId?: string) {
  const booking = await swishBooking(classId);
  const settled = await ok(
    send(callerOf('admin'), { method: 'POST', url: `/payments/${booking.paymentId}/mark-paid`, body: {} }),
  );
  assert.equal(settled.outcome, 'booked');
  return booking;
}

/** A paid Swish booking in a class of its own, cancelled by staff: an open problem on the admin queue. */
async function unbookablePayment() {
  const booking = await paidSwishBooking(await freshClass());
  await ok(send(callerOf('admin'), { method: 'POST', url: `/bookings/${booking.bookingId}/cancel`, body: {} }));
  const queue = await ok(send(callerOf('admin'), { method: 'GET', url: '/unbookable-payments?status=open' }));
  const problem =
    queue.payments.find((p: { paymentId: string }) => p.paymentId === booking.paymentId) ??
    assert.fail('no open problem');
  return { ...booking, problemId: problem.id as string };
}

/** A job of the default organisation in status cancelled: the hold of a Swish booking marked paid. */
async function cancelledJob(): Promise<number> {
  await paidSwishBooking();
  const { jobs } = await ok(send(callerOf('admin'), { method: 'GET', url: '/jobs?status=cancelled&limit=1' }));
  assert.equal(jobs[0]?.kind, 'payment.expire_hold');
  return jobs[0].id;
}

const newWebhook = async (url = `https://hooks.example.test/${unique('hook')}`) =>
  (await ok(send(callerOf('admin'), { method: 'POST', url: '/webhooks', body: { url, events: ['*'] } }), 201)) as {
    id: string;
    url: string;
    secret: string;
  };

const PASSWORD = 'customer-password-1';

before(async () => {
  stripe = await startStripeServer();
  t = await startTestApp({ stripe });
  callers.set('anonymous', { name: 'anonymous' });
  callers.set('admin', await session('admin', '/auth/sign-in', ADMIN));
  // The matrix books for customer A and the guest again and again: who may call what is tested here,
  // the rate limits in rate-limits.test.ts.
  const loose = { writePerIdentity: 1000, accountPerIdentity: 1000 };
  await ok(send(callerOf('admin'), { method: 'PATCH', url: '/rate-limits', body: loose }));
  const a = await session('customer A', '/auth/sign-up', {
    email: 'alice@example.test',
    name: 'Alice Ableton',
    password: PASSWORD,
  });
  const b = await session('customer B', '/auth/sign-up', {
    email: 'bob@example.test',
    name: 'Bob Bramble',
    password: PASSWORD,
  });
  const staff = await session('staff', '/auth/sign-up', {
    email: 'sam@example.test',
    name: 'Sam Staff',
    password: PASSWORD,
  });
  callers.set('customer A', a).set('customer B', b).set('staff', staff);
  const staffId = (await ok(send(staff, { method: 'GET', url: '/me' }))).id;
  await ok(send(callerOf('admin'), { method: 'PATCH', url: `/users/${staffId}`, body: { role: 'staff' } }));
  assert.equal((await ok(send(staff, { method: 'GET', url: '/me' }))).role, 'staff');

  await t.createOrg('other', 'admin@other.test');
  const other = await session(
    OTHER_OWN_ORG,
    '/auth/sign-in',
    { email: 'admin@other.test', password: ADMIN.password },
    'other',
  );
  callers.set(OTHER_OWN_ORG, other);
  // The same session, sent to the default organisation (no X-Org) where it is not valid.
  callers.set('other org admin without X-Org', { ...other, name: 'other org admin without X-Org', org: undefined });

  const classId = await freshClass({ maxSpots: 100 });
  const book = async (caller: Caller, body: object) =>
    ok(send(caller, { method: 'POST', url: '/bookings', body: { classId, ...body } }), 201);
  const bookedA = await book(a, {});
  const bookedB = await book(b, {});
  const bookedGuest = await book(callerOf('anonymous'), { guest: PRIVATE_GUEST });
  const me = async (caller: Caller) =>
    (await ok(send(caller, { method: 'GET', url: '/me' }))) as { id: string; email: string };
  f = {
    classId,
    customerA: await me(a),
    customerB: await me(b),
    bookingA: { id: bookedA.booking.id, manageToken: bookedA.manageToken },
    bookingB: { id: bookedB.booking.id, manageToken: bookedB.manageToken },
    guestBooking: { id: bookedGuest.booking.id, manageToken: bookedGuest.manageToken },
  } as typeof f;

  // Payments: card and Swish offered; a webhook endpoint that receives every event.
  await ok(
    send(callerOf('admin'), {
      method: 'PATCH',
      url: '/organisation',
      body: { paymentMethods: ['venue', 'card', 'swish'], swishNumber: '123 456 78 90' },
    }),
  );
  f.webhook = await newWebhook('https://hooks.example.test/slotwise');
  f.paidClassId = await freshClass({ maxSpots: 500, price: { amount: 20000 } });
  f.cardA = await paidCardBooking(a);
  f.cardGuest = await paidCardBooking(callerOf('anonymous'), { guest: PRIVATE_GUEST });
  f.swish = await swishBooking();
  f.unbookable = await unbookablePayment();
  f.jobIds = (await ok(send(callerOf('admin'), { method: 'GET', url: '/jobs?limit=500' }))).jobs.map(
    (j: { id: number }) => j.id,
  );
  assert.ok(f.jobIds.length > 0);
  const feed = (await ok(send(a, { method: 'GET', url: '/me/calendar' }))).url as string;
  f.calendarTokenA = /\/calendar\/feeds\/customers\/([\w-]+)\.ics$/.exec(feed)?.[1] ?? assert.fail(feed);
});
after(async () => {
  await t.close();
  await stripe.close();
});

// Loyalty: turned on, customer A with points, a reward too dear for anyone, and two pending
// product redemptions of customer A for staff to fulfil and cancel.
// Made by the first loyalty row that runs (the matrix's own setup has run by then).
const lf = { customerA: '', reward: '', dearReward: '', toFulfil: '', toCancel: '' };
let loyaltySetup: Promise<void> | undefined;
const loyalty = () => {
  loyaltySetup ??= setUpLoyalty();
  return loyaltySetup;
};
const withLoyalty = (request: () => Req) => async () => {
  await loyalty();
  return request();
};
async function setUpLoyalty() {
  const admin = callerOf('admin');
  await ok(send(admin, { method: 'PATCH', url: '/loyalty/settings', body: { enabled: true, pointsPerUnitBp: 10000 } }));
  const customers = (await ok(send(admin, { method: 'GET', url: '/customers' }))).customers as {
    id: string;
    email: string;
  }[];
  lf.customerA = customers.find((c) => c.email === f.customerA.email)?.id ?? assert.fail('customer A');
  const reward = (body: object) => send(admin, { method: 'POST', url: '/loyalty/rewards', body });
  lf.reward = (await ok(reward({ name: 'Mug', costPoints: 10, kind: 'product' }), 201)).id;
  lf.dearReward = (await ok(reward({ name: 'Bike', costPoints: 1_000_000, kind: 'product' }), 201)).id;
  await ok(
    send(admin, {
      method: 'POST',
      url: `/customers/${lf.customerA}/loyalty/adjust`,
      body: { delta: 100, reason: 'test' },
    }),
  );
  const redeem = () =>
    ok(
      send(callerOf('customer A'), { method: 'POST', url: '/me/loyalty/redemptions', body: { rewardId: lf.reward } }),
      201,
    );
  lf.toFulfil = (await redeem()).id;
  lf.toCancel = (await redeem()).id;
}

const NO_LOYALTY_CUSTOMER = [404, 'customer_not_found'] as const;

/** Waitlist: a class of its own with its one spot booked, and a guest in line (its token). */
async function fullClassForWaitlist() {
  const classId = await freshClass({ maxSpots: 1 });
  await ok(
    send(callerOf('anonymous'), { method: 'POST', url: '/bookings', body: { classId, guest: guest(unique('wf')) } }),
    201,
  );
  return classId;
}
async function waitingGuest() {
  const classId = await fullClassForWaitlist();
  const entry = await ok(
    send(callerOf('anonymous'), {
      method: 'POST',
      url: `/classes/${classId}/waitlist`,
      body: { guest: guest(unique('wl')) },
    }),
    201,
  );
  return { classId, token: entry.token as string };
}
let waitlistShared: Promise<{ classId: string; token: string }> | undefined;
const sharedWaitlist = () => {
  waitlistShared ??= waitingGuest();
  return waitlistShared;
};
const NO_ENTRY = [404, 'waitlist_entry_not_found'] as const;
const NOT_OPEN = [409, 'waitlist_offer_not_open'] as const;

/** Same expectation for every caller. */
const all = (e: Expected) => [e, e, e, e, e, e, e] as const;

const idsOf = (body: { bookings: { id: string }[] }) => body.bookings.map((b) => b.id);

//            columns: anonymous, customer A, customer B, staff, admin, other admin (no X-Org), other admin (X-Org: other)
const MATRIX: Row[] = [
  // auth and users
  {
    route: 'GET /auth/session',
    request: () => ({ method: 'GET', url: '/auth/session' }),
    expect: all(200),
    check: (who, body) => {
      if (who === 'other org admin without X-Org') assert.equal(body.user, null);
    },
  },
  {
    route: 'POST /auth/sign-up',
    csrfExempt: true,
    expect: all(201),
    request: () => ({
      method: 'POST',
      url: '/auth/sign-up',
      body: { email: `${unique('new')}@example.test`, name: 'New', password: PASSWORD },
    }),
  },
  {
    route: "POST /auth/sign-in (customer A's credentials)",
    csrfExempt: true,
    request: () => ({ method: 'POST', url: '/auth/sign-in', body: { email: f.customerA.email, password: PASSWORD } }),
    expect: [200, 200, 200, 200, 200, 200, [401, 'invalid_credentials']],
  },
  {
    route: 'POST /auth/sign-out',
    ownSession: true,
    expect: all(204),
    request: () => ({ method: 'POST', url: '/auth/sign-out', body: {} }),
  },
  {
    route: 'POST /auth/password-reset',
    csrfExempt: true,
    expect: all(202),
    // A mailbox gets three reset mails a quarter of an hour: each caller asks for another one.
    request: () => ({
      method: 'POST',
      url: '/auth/password-reset',
      body: { email: `reset-${++resetAsks}@example.test` },
    }),
  },
  {
    route: 'POST /auth/password-reset/confirm (unknown token)',
    csrfExempt: true,
    expect: all([400, 'invalid_reset_token']),
    request: () => ({
      method: 'POST',
      url: '/auth/password-reset/confirm',
      body: { token: 'x'.repeat(43), password: 'new-password-123' },
    }),
  },
  {
    route: 'GET /me',
    request: () => ({ method: 'GET', url: '/me' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
  },
  {
    route: 'GET /users',
    request: () => ({ method: 'GET', url: '/users' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (who, body) => {
      const emails = body.users.map((u: { email: string }) => u.email);
      if (who === 'admin') assert.ok(emails.includes(f.customerA.email) && !emails.includes('admin@other.test'));
      if (who === OTHER_OWN_ORG) assert.ok(emails.includes('admin@other.test'));
    },
  },
  {
    route: 'PATCH /users/:userId (customer B)',
    request: () => ({ method: 'PATCH', url: `/users/${f.customerB.id}`, body: { role: 'customer' } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, [404, 'user_not_found']],
  },
  // profile and personal data (issue 11)
  {
    route: 'GET /me/profile',
    request: () => ({ method: 'GET', url: '/me/profile' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      if (who === 'customer A') assert.equal(body.email, f.customerA.email);
      if (who === 'customer B') assert.equal(body.email, f.customerB.email);
    },
  },
  {
    route: 'PATCH /me/profile',
    request: () => ({ method: 'PATCH', url: '/me/profile', body: { notifications: { news: false } } }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
  },
  {
    route: 'POST /me/password (wrong current password)',
    request: () => ({
      method: 'POST',
      url: '/me/password',
      body: { currentPassword: 'not-the-password', newPassword: 'new-password-123' },
    }),
    expect: [UNAUTH, WRONG_PASSWORD, WRONG_PASSWORD, WRONG_PASSWORD, WRONG_PASSWORD, UNAUTH, WRONG_PASSWORD],
  },
  {
    route: 'POST /me/email (wrong password)',
    request: () => ({
      method: 'POST',
      url: '/me/email',
      body: { newEmail: `${unique('moved')}@example.test`, password: 'not-the-password' },
    }),
    expect: [UNAUTH, WRONG_PASSWORD, WRONG_PASSWORD, WRONG_PASSWORD, WRONG_PASSWORD, UNAUTH, WRONG_PASSWORD],
  },
  {
    route: 'POST /auth/email-change/confirm (unknown token)',
    csrfExempt: true,
    request: () => ({ method: 'POST', url: '/auth/email-change/confirm', body: { token: 'x'.repeat(43) } }),
    expect: all([400, 'invalid_email_change_token']),
  },
  {
    route: 'GET /me/data',
    request: () => ({ method: 'GET', url: '/me/data' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, _body, text) => {
      assert.equal(text.includes(f.bookingA.id), who === 'customer A');
      assert.equal(text.includes(f.bookingB.id), who === 'customer B');
      assert.ok(!text.includes(f.guestBooking.id) && !text.includes(PRIVATE_GUEST.email));
    },
  },
  {
    route: 'DELETE /me (wrong password)',
    request: () => ({ method: 'DELETE', url: '/me', body: { password: 'not-the-password' } }),
    expect: [UNAUTH, WRONG_PASSWORD, WRONG_PASSWORD, WRONG_PASSWORD, WRONG_PASSWORD, UNAUTH, WRONG_PASSWORD],
  },
  // organisation
  {
    route: 'GET /organisation',
    request: () => ({ method: 'GET', url: '/organisation' }),
    expect: all(200),
    check: (who, body) => assert.equal(body.slug, who === OTHER_OWN_ORG ? 'other' : 'default'),
  },
  {
    route: 'PATCH /organisation',
    request: () => ({ method: 'PATCH', url: '/organisation', body: { cancellationDeadlineHours: 24 } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
  },
  // notify (issue 12 "Mail"): the staff notification setting, each organisation's own
  {
    route: 'GET /organisation/staff-notifications',
    request: () => ({ method: 'GET', url: '/organisation/staff-notifications' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (who, body) => assert.equal(body.recipients.includes(ADMIN.email), who === 'admin'),
  },
  {
    route: 'PATCH /organisation/staff-notifications',
    request: () => ({ method: 'PATCH', url: '/organisation/staff-notifications', body: { enabled: true } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
  },
  // classes
  {
    route: 'GET /classes',
    request: () => ({ method: 'GET', url: '/classes' }),
    expect: all(200),
    check: (who, body) =>
      assert.equal(
        body.classes.some((c: { id: string }) => c.id === f.classId),
        who !== OTHER_OWN_ORG,
      ),
  },
  {
    route: 'GET /classes/:classId',
    request: () => ({ method: 'GET', url: `/classes/${f.classId}` }),
    expect: [200, 200, 200, 200, 200, 200, NO_CLASS],
  },
  {
    route: 'POST /classes',
    request: () => ({ method: 'POST', url: '/classes', body: classInput({}, t.clock.now()) }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, 201],
  },
  {
    route: 'PATCH /classes/:classId',
    request: () => ({ method: 'PATCH', url: `/classes/${f.classId}`, body: { description: 'Bring a mat' } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NO_CLASS],
  },
  {
    route: 'DELETE /classes/:classId (no bookings)',
    request: async () => ({ method: 'DELETE', url: `/classes/${await freshClass()}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 204, UNAUTH, NO_CLASS],
  },
  {
    route: 'POST /classes/:classId/cancel',
    request: async () => ({ method: 'POST', url: `/classes/${await freshClass()}/cancel`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NO_CLASS],
  },
  // bookings
  {
    route: 'POST /bookings with guest details',
    request: () => ({ method: 'POST', url: '/bookings', body: { classId: f.classId, guest: guest(unique('g')) } }),
    expect: [201, INVALID, INVALID, 201, 201, 201, NO_CLASS],
  },
  {
    route: 'POST /bookings without guest details',
    request: async () => ({ method: 'POST', url: '/bookings', body: { classId: await freshClass() } }),
    expect: [INVALID, 201, 201, 201, 201, INVALID, NO_CLASS],
  },
  {
    route: 'GET /bookings',
    request: () => ({ method: 'GET', url: '/bookings' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
    check: (who, body) => assert.equal(idsOf(body).includes(f.bookingA.id), who !== OTHER_OWN_ORG),
  },
  {
    route: 'GET /me/bookings',
    request: () => ({ method: 'GET', url: '/me/bookings' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      const ids = idsOf(body);
      assert.equal(ids.includes(f.bookingA.id), who === 'customer A');
      assert.equal(ids.includes(f.bookingB.id), who === 'customer B');
      assert.ok(!ids.includes(f.guestBooking.id));
    },
  },
  // Saved cards (issue 11): each caller's own; another's card is card_not_found whoever asks.
  {
    route: 'POST /me/cards/setup',
    request: () => ({ method: 'POST', url: '/me/cards/setup' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
  },
  {
    route: 'GET /me/cards',
    request: async () => {
      f.savedCardA ??= await savedCardOfA();
      return { method: 'GET', url: '/me/cards' };
    },
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) =>
      assert.equal(
        (body.cards as { id: string }[]).some((card) => card.id === f.savedCardA),
        who === 'customer A',
      ),
  },
  {
    route: "DELETE /me/cards/:cardId (customer A's)",
    request: async () => ({ method: 'DELETE', url: `/me/cards/${await savedCardOfA()}` }),
    expect: [UNAUTH, 200, NO_CARD, NO_CARD, NO_CARD, UNAUTH, NO_CARD],
  },
  {
    route: "POST /me/cards/:cardId/default (customer A's)",
    request: async () => ({ method: 'POST', url: `/me/cards/${await savedCardOfA()}/default` }),
    expect: [UNAUTH, 200, NO_CARD, NO_CARD, NO_CARD, UNAUTH, NO_CARD],
  },
  {
    route: "POST /bookings paid with customer A's saved card",
    request: async () => ({
      method: 'POST',
      url: '/bookings',
      body: {
        classId: await freshClass({ price: { amount: 5000 } }),
        paymentMethod: 'card',
        savedCardId: await savedCardOfA(),
      },
    }),
    expect: [
      [401, 'saved_card_requires_account'],
      201,
      NO_CARD,
      NO_CARD,
      NO_CARD,
      [401, 'saved_card_requires_account'],
      NO_CARD,
    ],
  },
  {
    route: "GET /bookings/:bookingId (customer A's)",
    request: () => ({ method: 'GET', url: `/bookings/${f.bookingA.id}` }),
    expect: [UNAUTH, 200, NO_BOOKING, 200, 200, UNAUTH, NO_BOOKING],
  },
  {
    route: "GET /bookings/:bookingId (a guest's)",
    request: () => ({ method: 'GET', url: `/bookings/${f.guestBooking.id}` }),
    expect: [UNAUTH, NO_BOOKING, NO_BOOKING, 200, 200, UNAUTH, NO_BOOKING],
  },
  {
    route: "POST /bookings/:bookingId/cancel (customer A's)",
    request: async () => ({ method: 'POST', url: `/bookings/${(await freshBookingOfA()).id}/cancel`, body: {} }),
    expect: [UNAUTH, 200, NO_BOOKING, 200, 200, UNAUTH, NO_BOOKING],
  },
  {
    route: "DELETE /bookings/:bookingId (customer A's)",
    request: async () => ({ method: 'DELETE', url: `/bookings/${(await freshBookingOfA()).id}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 204, UNAUTH, NO_BOOKING],
  },
  // The lifecycle after confirmation: staff only, not even the booking's own customer.
  {
    route: "POST /bookings/:bookingId/check-in (customer A's)",
    request: async () => ({ method: 'POST', url: `/bookings/${(await freshBookingOfA()).id}/check-in`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_BOOKING],
    check: (_who, body) => assert.equal(body.status, 'in_progress'),
  },
  {
    route: "POST /bookings/:bookingId/complete (customer A's, before the class)",
    request: async () => ({ method: 'POST', url: `/bookings/${(await freshBookingOfA()).id}/complete`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, NOT_STARTED, NOT_STARTED, UNAUTH, NO_BOOKING],
  },
  {
    route: "POST /bookings/:bookingId/no-show (customer A's, before the class)",
    request: async () => ({ method: 'POST', url: `/bookings/${(await freshBookingOfA()).id}/no-show`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, NOT_STARTED, NOT_STARTED, UNAUTH, NO_BOOKING],
  },
  // roster (issue 12 "Attendance"): staff only
  {
    route: 'GET /classes/:classId/roster',
    request: () => ({ method: 'GET', url: `/classes/${f.classId}/roster` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_CLASS],
    check: (_who, body) => assert.ok(body.bookings.some((b: { id: string }) => b.id === f.bookingA.id)),
  },
  {
    route: 'GET /classes/:classId/roster/export',
    request: () => ({ method: 'GET', url: `/classes/${f.classId}/roster/export` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_CLASS],
  },
  {
    route: 'POST /classes/:classId/roster/messages',
    request: async () => ({
      method: 'POST',
      url: `/classes/${(await freshBookingOfA()).class.id}/roster/messages`,
      body: { subject: 'Hello', text: 'See you there.' },
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 202, 202, UNAUTH, NO_CLASS],
  },
  {
    route: "POST /bookings/:bookingId/undo-check-in (customer A's)",
    request: async () => ({ method: 'POST', url: `/bookings/${(await freshBookingOfA()).id}/undo-check-in`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_BOOKING],
    check: (_who, body) => assert.equal(body.status, 'confirmed'),
  },
  {
    route: "POST /bookings/:bookingId/paid-at-venue (customer A's, at the venue)",
    request: async () => ({ method: 'POST', url: `/bookings/${(await freshBookingOfA()).id}/paid-at-venue`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_BOOKING],
    check: (_who, body) => assert.equal(body.paymentStatus, 'paid'),
  },
  // The token is the key, in whichever organisation the request names: mailed links work as they are.
  {
    route: "GET /manage/:token (customer A's token)",
    request: () => ({ method: 'GET', url: `/manage/${f.bookingA.manageToken}` }),
    // Under another organisation's address (X-Org) the token is not that organisation's: not found.
    expect: [200, 200, 200, 200, 200, 200, NO_BOOKING],
  },
  {
    route: 'GET /manage/:token (unknown token)',
    request: () => ({ method: 'GET', url: `/manage/${'x'.repeat(43)}` }),
    expect: all(NO_BOOKING),
  },
  {
    route: 'GET /manage/:token (a cut-off token)',
    request: () => ({ method: 'GET', url: `/manage/${f.bookingA.manageToken.slice(0, 12)}` }),
    expect: all(NO_BOOKING),
  },
  {
    route: 'POST /manage-links',
    csrfExempt: true,
    expect: all(202),
    // A mailbox may be asked for three times a quarter of an hour: each caller asks for another one.
    request: () => ({ method: 'POST', url: '/manage-links', body: { email: `links-${++linkAsks}@example.test` } }),
  },
  {
    route: "POST /manage/:token/cancel (a guest's token)",
    csrfExempt: true,
    request: async () => {
      const booked = await ok(
        send(callerOf('anonymous'), {
          method: 'POST',
          url: '/bookings',
          body: { classId: f.classId, guest: guest(unique('m')) },
        }),
        201,
      );
      return { method: 'POST', url: `/manage/${booked.manageToken}/cancel`, body: {} };
    },
    // Under another organisation's address (X-Org) the token is not that organisation's: not found.
    expect: [200, 200, 200, 200, 200, 200, NO_BOOKING],
  },
  // Paying what is due later: only the customer's own invoice or booking, or the guest's manage link.
  {
    route: "POST /me/invoices/:invoiceId/pay (customer A's open invoice)",
    request: async () => ({
      method: 'POST',
      url: `/me/invoices/${(await dueOfA()).invoiceId}/pay`,
      body: { method: 'swish' },
    }),
    expect: [UNAUTH, 200, NO_INVOICE, NO_INVOICE, NO_INVOICE, UNAUTH, NO_INVOICE],
    check: (_who, body) => assert.equal(body.payment.method, 'swish'),
  },
  {
    route: "POST /me/bookings/:bookingId/pay (customer A's venue booking)",
    request: async () => ({
      method: 'POST',
      url: `/me/bookings/${(await dueOfA()).bookingId}/pay`,
      body: { method: 'swish' },
    }),
    expect: [UNAUTH, 200, NO_BOOKING, NO_BOOKING, NO_BOOKING, UNAUTH, NO_BOOKING],
  },
  {
    route: "POST /manage/:token/pay (a guest's venue booking)",
    csrfExempt: true,
    request: async () => {
      const booked = await ok(
        send(callerOf('anonymous'), {
          method: 'POST',
          url: '/bookings',
          body: { classId: f.paidClassId, paymentMethod: 'venue', guest: guest(unique('due')) },
        }),
        201,
      );
      return { method: 'POST', url: `/manage/${booked.manageToken}/pay`, body: { method: 'swish' } };
    },
    // Under another organisation's address (X-Org) the token is not that organisation's: not found.
    expect: [200, 200, 200, 200, 200, 200, NO_BOOKING],
  },
  // customers and audit log
  {
    route: 'GET /customers',
    request: () => ({ method: 'GET', url: '/customers' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
  },
  {
    route: 'GET /audit-log',
    request: () => ({ method: 'GET', url: '/audit-log' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
  },
  // payments: the checkout's own routes (public; an account booking's intent only to its owner and staff)
  {
    route: "POST /payments/confirm (customer A's card intent)",
    csrfExempt: true,
    request: () => ({ method: 'POST', url: '/payments/confirm', body: { paymentIntentId: f.cardA.intentId } }),
    expect: [FORBIDDEN, 200, FORBIDDEN, 200, 200, FORBIDDEN, NO_PAYMENT],
    check: (_who, body) => {
      assert.deepEqual(body.settlement, { outcome: 'already', bookingId: f.cardA.bookingId });
      assert.equal(body.booking.id, f.cardA.bookingId);
    },
  },
  {
    route: "POST /payments/confirm (a guest's card intent)",
    csrfExempt: true,
    request: () => ({ method: 'POST', url: '/payments/confirm', body: { paymentIntentId: f.cardGuest.intentId } }),
    expect: [200, 200, 200, 200, 200, 200, NO_PAYMENT],
    check: (_who, body) => assert.equal(body.booking.id, f.cardGuest.bookingId),
  },
  {
    route: 'POST /payments/confirm (unknown intent)',
    csrfExempt: true,
    request: () => ({ method: 'POST', url: '/payments/confirm', body: { paymentIntentId: 'pi_Unknown00000000' } }),
    expect: all(NO_PAYMENT),
  },
  {
    route: "GET /payments/by-intent/:id (customer A's card intent)",
    request: () => ({ method: 'GET', url: `/payments/by-intent/${f.cardA.intentId}` }),
    expect: [FORBIDDEN, 200, FORBIDDEN, 200, 200, FORBIDDEN, NO_PAYMENT],
    check: (_who, body) => {
      assert.equal(body.found, true);
      assert.equal(body.booking.id, f.cardA.bookingId);
    },
  },
  {
    route: "GET /payments/by-intent/:id (a guest's card intent)",
    request: () => ({ method: 'GET', url: `/payments/by-intent/${f.cardGuest.intentId}` }),
    expect: [200, 200, 200, 200, 200, 200, NO_PAYMENT],
    check: (_who, body) => assert.equal(body.booking.id, f.cardGuest.bookingId),
  },
  {
    route: 'GET /payments/by-intent/:id (unknown intent)',
    request: () => ({ method: 'GET', url: '/payments/by-intent/pi_Unknown00000000' }),
    expect: all(NO_PAYMENT),
  },
  // payments: staff and admin
  {
    route: "GET /payments/:paymentId (customer A's card payment)",
    request: () => ({ method: 'GET', url: `/payments/${f.cardA.paymentId}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_PAYMENT],
    check: (_who, body) => assert.equal(body.status, 'succeeded'),
  },
  {
    route: 'GET /payments/:paymentId (a pending Swish payment)',
    request: () => ({ method: 'GET', url: `/payments/${f.swish.paymentId}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_PAYMENT],
    check: (_who, body) => assert.equal(body.status, 'pending'),
  },
  {
    route: 'POST /payments/:paymentId/mark-paid (a Swish payment)',
    request: async () => ({ method: 'POST', url: `/payments/${(await swishBooking()).paymentId}/mark-paid`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_PAYMENT],
    check: (_who, body) => assert.equal(body.outcome, 'booked'),
  },
  {
    route: 'POST /payments/:paymentId/refunds (a paid Swish payment)',
    request: async () => ({
      method: 'POST',
      url: `/payments/${(await paidSwishBooking()).paymentId}/refunds`,
      body: { reason: 'authorisation matrix' },
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, NO_PAYMENT],
    check: (_who, body) => assert.equal(body.status, 'succeeded'),
  },
  {
    route: 'GET /unbookable-payments',
    request: () => ({ method: 'GET', url: '/unbookable-payments' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (who, body) => {
      const ids = body.payments.map((p: { id: string }) => p.id);
      assert.equal(ids.includes(f.unbookable.problemId), who === 'admin');
    },
  },
  {
    route: 'POST /unbookable-payments/:problemId/book',
    request: async () => ({
      method: 'POST',
      url: `/unbookable-payments/${(await unbookablePayment()).problemId}/book`,
      body: {},
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NOT_FOUND],
    check: (_who, body) => assert.equal(body.status, 'confirmed'),
  },
  {
    route: 'GET /integrity',
    request: () => ({ method: 'GET', url: '/integrity' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (_who, body) => assert.equal(typeof body.clean, 'boolean'),
  },
  // Stripe's webhook: no session, no organisation, no CSRF token; only Stripe's signature counts
  {
    route: 'POST /stripe/webhook (unsigned)',
    csrfExempt: true,
    sameForEveryOrg: true,
    request: () => ({
      method: 'POST',
      url: '/stripe/webhook',
      body: { id: 'evt_unsigned', type: 'payment_intent.succeeded', data: { object: { id: f.cardA.intentId } } },
    }),
    expect: all(BAD_SIGNATURE),
  },
  {
    route: 'POST /stripe/webhook (forged signature)',
    csrfExempt: true,
    sameForEveryOrg: true,
    request: () => {
      const signed = signedStripeEvent('payment_intent.succeeded', f.cardA.intentId);
      return {
        ...signed,
        headers: { ...signed.headers, 'stripe-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}` },
      };
    },
    expect: all(BAD_SIGNATURE),
  },
  {
    route: 'POST /stripe/webhook (signed by Stripe, delivered again)',
    csrfExempt: true,
    sameForEveryOrg: true,
    request: () => signedStripeEvent('payment_intent.succeeded', f.cardA.intentId),
    expect: all(200),
    check: (_who, body) => assert.deepEqual(body, { received: true, duplicate: true }),
  },
  // outgoing webhooks
  {
    route: 'GET /webhooks',
    request: () => ({ method: 'GET', url: '/webhooks' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (who, body) => {
      assert.equal(
        body.endpoints.some((e: { id: string }) => e.id === f.webhook.id),
        who === 'admin',
      );
      assert.ok(
        body.endpoints.every((e: object) => !('secret' in e)),
        'the secret is shown once only',
      );
    },
  },
  {
    route: 'POST /webhooks',
    request: () => ({
      method: 'POST',
      url: '/webhooks',
      body: { url: `https://hooks.example.test/${unique('new')}`, events: ['booking.created'] },
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, 201],
  },
  {
    route: 'PATCH /webhooks/:endpointId',
    request: () => ({
      method: 'PATCH',
      url: `/webhooks/${f.webhook.id}`,
      body: { description: 'Changed by the matrix' },
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NOT_FOUND],
  },
  {
    route: 'DELETE /webhooks/:endpointId',
    request: async () => ({ method: 'DELETE', url: `/webhooks/${(await newWebhook()).id}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 204, UNAUTH, NOT_FOUND],
  },
  {
    route: 'GET /webhooks/:endpointId/deliveries',
    request: () => ({ method: 'GET', url: `/webhooks/${f.webhook.id}/deliveries` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NOT_FOUND],
    check: (_who, body) =>
      assert.ok(body.deliveries.some((d: { eventType: string }) => d.eventType === 'payment.succeeded')),
  },
  // protect (issue 13): the webhooks dashboard's rotate and retry, the rate limits' settings
  {
    route: 'POST /webhooks/:endpointId/rotate-secret',
    request: async () => ({ method: 'POST', url: `/webhooks/${(await newWebhook()).id}/rotate-secret` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NOT_FOUND],
    check: (_who, body) => assert.match(body.secret, /^whsec_/),
  },
  {
    route: 'POST /webhooks/:endpointId/deliveries/:deliveryId/retry (a pending delivery)',
    request: async () => {
      const { deliveries } = await ok(
        send(callerOf('admin'), { method: 'GET', url: `/webhooks/${f.webhook.id}/deliveries` }),
      );
      const pending =
        deliveries.find((d: { status: string }) => d.status === 'pending') ?? assert.fail('no pending delivery');
      return { method: 'POST', url: `/webhooks/${f.webhook.id}/deliveries/${pending.id}/retry` };
    },
    expect: [
      UNAUTH,
      FORBIDDEN,
      FORBIDDEN,
      FORBIDDEN,
      [409, 'webhook_delivery_not_failed'],
      UNAUTH,
      [404, 'webhook_delivery_not_found'],
    ],
  },
  {
    route: 'GET /rate-limits',
    request: () => ({ method: 'GET', url: '/rate-limits' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
  },
  {
    route: 'PATCH /rate-limits',
    request: () => ({ method: 'PATCH', url: '/rate-limits', body: { writePerIdentity: 1000 } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
  },
  // background jobs
  {
    route: 'GET /jobs',
    request: () => ({ method: 'GET', url: '/jobs?limit=500' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (who, body) => {
      const ids: number[] = body.jobs.map((j: { id: number }) => j.id);
      // Newest first, at most 500: the routes before this one made jobs too (mails, staff notices), so
      // the fixture's oldest may have moved past the page; those still within it must all be there.
      if (who === 'admin') {
        const missing = f.jobIds.filter((id) => id >= Math.min(...ids) && !ids.includes(id));
        assert.deepEqual(missing, [], "the organisation's own jobs are listed");
        assert.ok(ids.length > 0, 'the page is not empty');
      }
      if (who === OTHER_OWN_ORG)
        assert.ok(!ids.some((id) => f.jobIds.includes(id)), "shows the default organisation's jobs");
      assert.ok(
        body.jobs.every((j: object) => !('payload' in j)),
        'payloads may hold reset links',
      );
    },
  },
  {
    route: 'POST /jobs/:jobId/retry (unknown job)',
    request: () => ({ method: 'POST', url: '/jobs/999999999/retry', body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_RETRYABLE, UNAUTH, NOT_RETRYABLE],
  },
  {
    route: 'POST /jobs/:jobId/retry (a cancelled job)',
    request: async () => ({ method: 'POST', url: `/jobs/${await cancelledJob()}/retry`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NOT_RETRYABLE],
    check: (_who, body) => assert.equal(body.status, 'pending'),
  },
  // payment history and exports (statements): a customer's own; the organisation's to admins only
  {
    route: 'GET /me/payments',
    request: () => ({ method: 'GET', url: '/me/payments' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      const ids = body.entries.map((e: { id: string }) => e.id);
      assert.equal(ids.includes(f.cardA.paymentId), who === 'customer A');
      assert.ok(!ids.includes(f.cardGuest.paymentId));
    },
  },
  {
    route: 'GET /me/payments/export?format=json',
    request: () => ({ method: 'GET', url: '/me/payments/export?format=json' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      const ids = body.map((e: { id: string }) => e.id);
      assert.equal(ids.includes(f.cardA.paymentId), who === 'customer A');
      assert.ok(!ids.includes(f.cardGuest.paymentId));
    },
  },
  {
    route: 'GET /me/payments/export?format=csv',
    request: () => ({ method: 'GET', url: '/me/payments/export?format=csv' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, _body, text) => assert.equal(text.includes(f.cardA.paymentId), who === 'customer A'),
  },
  ...(['payments', 'bookings', 'customers'] as const).map(
    (what): Row => ({
      route: `GET /exports/${what}?format=json`,
      request: () => ({ method: 'GET', url: `/exports/${what}?format=json` }),
      expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
      check: (who, body) => {
        const text = JSON.stringify(body);
        const marker = { payments: f.cardA.paymentId, bookings: f.bookingA.id, customers: f.customerA.email }[what];
        assert.equal(text.includes(marker), who === 'admin');
      },
    }),
  ),
  // analytics: staff and admins read aggregates of their own organisation; anyone may count a funnel step
  ...(
    [
      'bookings',
      'revenue-by-method',
      'revenue-by-item',
      'fill-rate',
      'utilisation',
      'payments',
      'funnel',
      'customers',
      'balances',
    ] as const
  ).flatMap((table): Row[] =>
    ['', '/export'].map((suffix) => ({
      route: `GET /analytics/${table}${suffix}`,
      request: () => ({ method: 'GET', url: `/analytics/${table}${suffix}?from=2000-01-01&to=2000-12-31` }),
      expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
    })),
  ),
  {
    route: 'GET /analytics/fill-rate (the coming month)',
    request: () => {
      const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      return { method: 'GET', url: `/analytics/fill-rate?from=${day(-1)}&to=${day(40)}` };
    },
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      const ids = body.rows.map((r: { classId: string }) => r.classId);
      assert.equal(ids.includes(f.classId), who === 'staff' || who === 'admin');
    },
  },
  {
    route: 'POST /analytics/events',
    csrfExempt: true,
    request: () => ({ method: 'POST', url: '/analytics/events', body: { step: 'page_view' } }),
    expect: all(204),
  },
  // calendar feeds
  {
    route: 'GET /me/calendar',
    request: () => ({ method: 'GET', url: '/me/calendar' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      assert.match(body.url, /^http:\/\/slotwise\.test\/api\/v1\/calendar\/feeds\/customers\/[\w-]+\.ics$/);
      assert.equal(body.url.includes(f.calendarTokenA), who === 'customer A');
    },
  },
  {
    route: "GET /calendar/feeds/customers/:token.ics (customer A's token)",
    sameForEveryOrg: true,
    request: () => ({ method: 'GET', url: `/calendar/feeds/customers/${f.calendarTokenA}.ics` }),
    expect: all(200),
    check: (_who, _body, text) => {
      assert.match(text, /^BEGIN:VCALENDAR/);
      assert.ok(text.includes(`booking-${f.bookingA.id}@slotwise`), "has customer A's booking");
      for (const other of [f.bookingB.id, f.guestBooking.id])
        assert.ok(!text.includes(other), `shows another customer's booking ${other}`);
    },
  },
  {
    route: "GET /calendar/customers/:token.ics (the feed's old address, customer A's token)",
    sameForEveryOrg: true,
    request: () => ({ method: 'GET', url: `/calendar/customers/${f.calendarTokenA}.ics` }),
    expect: all(200),
    check: (_who, _body, text) => {
      assert.ok(text.includes(`booking-${f.bookingA.id}@slotwise`), "has customer A's booking");
      for (const other of [f.bookingB.id, f.guestBooking.id]) assert.ok(!text.includes(other), other);
    },
  },
  {
    route: 'GET /calendar/feeds/customers/:token.ics (unknown token)',
    sameForEveryOrg: true,
    request: () => ({ method: 'GET', url: `/calendar/feeds/customers/${'x'.repeat(43)}.ics` }),
    expect: all(NOT_FOUND),
  },
  {
    route: 'GET /calendar/:orgSlug/classes.ics',
    sameForEveryOrg: true,
    request: () => ({ method: 'GET', url: '/calendar/default/classes.ics' }),
    expect: all(200),
    check: (_who, _body, text) => {
      assert.match(text, /^BEGIN:VCALENDAR/);
      assert.ok(text.includes(`class-${f.classId}@slotwise`), 'has the class');
      for (const secret of [
        f.customerA.email,
        f.customerB.email,
        PRIVATE_GUEST.email,
        PRIVATE_GUEST.name,
        'Alice Ableton',
        'Bob Bramble',
        f.bookingA.manageToken,
        f.guestBooking.manageToken,
        f.bookingA.id,
        f.cardA.bookingId,
      ]) {
        assert.ok(!text.includes(secret), `the public timetable shows ${secret}`);
      }
    },
  },
  {
    route: "GET /calendar/:orgSlug/classes.ics (the other organisation's)",
    sameForEveryOrg: true,
    request: () => ({ method: 'GET', url: '/calendar/other/classes.ics' }),
    expect: all(200),
    check: (_who, _body, text) => assert.ok(!text.includes(f.classId), "shows the default organisation's class"),
  },
  {
    route: 'GET /calendar/:orgSlug/classes.ics (unknown organisation)',
    sameForEveryOrg: true,
    request: () => ({ method: 'GET', url: '/calendar/no-such-org/classes.ics' }),
    expect: all([404, 'organisation_not_found']),
  },
  // loyalty
  {
    route: 'GET /loyalty/settings',
    request: withLoyalty(() => ({ method: 'GET', url: '/loyalty/settings' })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
  },
  {
    route: 'PATCH /loyalty/settings',
    request: withLoyalty(() => ({
      method: 'PATCH',
      url: '/loyalty/settings',
      body: { enabled: true, pointsPerUnitBp: 10000 },
    })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
  },
  {
    route: 'GET /loyalty/rewards',
    request: withLoyalty(() => ({ method: 'GET', url: '/loyalty/rewards' })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
  },
  {
    route: 'POST /loyalty/rewards',
    request: withLoyalty(() => ({
      method: 'POST',
      url: '/loyalty/rewards',
      body: { name: 'Cap', costPoints: 5, kind: 'product' },
    })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, 201],
  },
  {
    route: 'PATCH /loyalty/rewards/:rewardId',
    request: withLoyalty(() => ({
      method: 'PATCH',
      url: `/loyalty/rewards/${lf.reward}`,
      body: { description: 'Blue' },
    })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, [404, 'reward_not_found']],
  },
  {
    route: 'DELETE /loyalty/rewards/:rewardId (redeemed)',
    request: withLoyalty(() => ({ method: 'DELETE', url: `/loyalty/rewards/${lf.reward}` })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, [409, 'reward_in_use'], UNAUTH, [404, 'reward_not_found']],
  },
  {
    route: 'GET /me/loyalty',
    request: withLoyalty(() => ({ method: 'GET', url: '/me/loyalty' })),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      if (who === 'customer A') assert.ok(body.balance > 0 && body.redemptions.length >= 2);
      else assert.deepEqual([body.balance, body.redemptions], [0, []], `${who} sees only their own points`);
    },
  },
  {
    route: 'POST /me/loyalty/redemptions (too dear)',
    request: withLoyalty(() => ({ method: 'POST', url: '/me/loyalty/redemptions', body: { rewardId: lf.dearReward } })),
    expect: [
      UNAUTH,
      [409, 'insufficient_points'],
      [409, 'insufficient_points'],
      [409, 'insufficient_points'],
      [409, 'insufficient_points'],
      UNAUTH,
      // Its admin turned loyalty on above (PATCH /loyalty/settings); the reward is not its own.
      [404, 'reward_not_found'],
    ],
  },
  {
    route: 'GET /loyalty/redemptions',
    request: withLoyalty(() => ({ method: 'GET', url: '/loyalty/redemptions' })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
  },
  {
    route: 'POST /loyalty/redemptions/:redemptionId/fulfil',
    request: withLoyalty(() => ({ method: 'POST', url: `/loyalty/redemptions/${lf.toFulfil}/fulfil`, body: {} })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, [404, 'redemption_not_found']],
  },
  {
    route: 'POST /loyalty/redemptions/:redemptionId/cancel',
    request: withLoyalty(() => ({ method: 'POST', url: `/loyalty/redemptions/${lf.toCancel}/cancel`, body: {} })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, [404, 'redemption_not_found']],
  },
  {
    route: "GET /customers/:customerId/loyalty (customer A's)",
    request: withLoyalty(() => ({ method: 'GET', url: `/customers/${lf.customerA}/loyalty` })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_LOYALTY_CUSTOMER],
  },
  {
    route: "POST /customers/:customerId/loyalty/adjust (customer A's)",
    request: withLoyalty(() => ({
      method: 'POST',
      url: `/customers/${lf.customerA}/loyalty/adjust`,
      body: { delta: 1, reason: 'matrix' },
    })),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_LOYALTY_CUSTOMER],
  },
  // waitlist
  {
    route: 'POST /classes/:classId/waitlist (a full class, signed in)',
    csrfExempt: true,
    request: async () => ({ method: 'POST', url: `/classes/${await fullClassForWaitlist()}/waitlist`, body: {} }),
    expect: [[400, 'validation_failed'], 201, 201, 201, 201, [400, 'validation_failed'], NO_CLASS],
    check: (_who, body) => assert.equal(body.place, 1),
  },
  {
    route: "GET /classes/:classId/waitlist (a guest's in line)",
    request: async () => ({ method: 'GET', url: `/classes/${(await sharedWaitlist()).classId}/waitlist` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_CLASS],
    check: (_who, body) => assert.equal(body.length, 1),
  },
  {
    route: "GET /waitlist/:token (a guest's token)",
    request: async () => ({ method: 'GET', url: `/waitlist/${(await sharedWaitlist()).token}` }),
    // Under another organisation's address (X-Org) the token is not that organisation's: not found.
    expect: [200, 200, 200, 200, 200, 200, NO_ENTRY],
    check: (_who, body, text) => {
      assert.equal(body.place, 1);
      assert.ok(!text.includes('@'), 'no email on the page of a place in line');
    },
  },
  {
    route: 'GET /waitlist/:token (unknown token)',
    request: () => ({ method: 'GET', url: `/waitlist/${'x'.repeat(65)}` }),
    expect: all(NO_ENTRY),
  },
  {
    route: "POST /waitlist/:token/leave (a guest's token)",
    csrfExempt: true,
    request: async () => ({ method: 'POST', url: `/waitlist/${(await waitingGuest()).token}/leave`, body: {} }),
    // Under another organisation's address (X-Org) the token is not that organisation's: not found.
    expect: [200, 200, 200, 200, 200, 200, NO_ENTRY],
    check: (_who, body) => assert.equal(body.status, 'left'),
  },
  {
    route: "POST /waitlist/:token/claim (a guest's token, nothing offered)",
    csrfExempt: true,
    request: async () => ({ method: 'POST', url: `/waitlist/${(await sharedWaitlist()).token}/claim`, body: {} }),
    // Under another organisation's address (X-Org) the token is not that organisation's: not found.
    expect: [NOT_OPEN, NOT_OPEN, NOT_OPEN, NOT_OPEN, NOT_OPEN, NOT_OPEN, NO_ENTRY],
  },
  {
    route: 'GET /me/waitlist',
    request: () => ({ method: 'GET', url: '/me/waitlist' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
  },
  // recurring: series, scope edits and cancels, duplicates, templates, booked marks
  {
    route: 'POST /series',
    request: () => ({ method: 'POST', url: '/series', body: seriesInput() }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, 201],
  },
  {
    route: 'GET /series/:seriesId',
    request: async () => ({ method: 'GET', url: `/series/${(await freshSeries()).id}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, NO_SERIES],
  },
  {
    route: 'PATCH /classes/:classId/series',
    request: async () => ({
      method: 'PATCH',
      url: `/classes/${(await freshSeries()).classIds[0]}/series`,
      body: { scope: 'all', changes: { description: 'Bring a mat' } },
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NO_CLASS],
  },
  {
    route: 'POST /classes/:classId/series/cancel',
    request: async () => ({
      method: 'POST',
      url: `/classes/${(await freshSeries()).classIds[0]}/series/cancel`,
      body: { scope: 'all' },
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NO_CLASS],
  },
  {
    route: 'POST /classes/:classId/duplicate',
    request: () => ({ method: 'POST', url: `/classes/${f.classId}/duplicate`, body: { date: '2030-02-01' } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, NO_CLASS],
  },
  {
    route: 'GET /class-templates',
    request: () => ({ method: 'GET', url: '/class-templates' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
  },
  {
    route: 'POST /class-templates',
    request: () => ({ method: 'POST', url: '/class-templates', body: templateInput() }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, 201],
  },
  {
    route: 'DELETE /class-templates/:templateId',
    request: async () => ({ method: 'DELETE', url: `/class-templates/${await freshTemplate()}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 204, UNAUTH, NO_TEMPLATE],
  },
  {
    route: 'POST /class-templates/:templateId/classes',
    request: async () => ({
      method: 'POST',
      url: `/class-templates/${await freshTemplate()}/classes`,
      body: { startsAt: '2030-02-01T10:00' },
    }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, NO_TEMPLATE],
  },
  {
    route: 'GET /me/booked-classes',
    request: () => ({ method: 'GET', url: '/me/booked-classes?from=2030-01-01&to=2030-01-31' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
  },
  // ops (issue 13 leftovers): the webhook event names (no organisation's data: the same for every admin)
  {
    route: 'GET /webhooks/events',
    request: () => ({ method: 'GET', url: '/webhooks/events' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (_who, body) => assert.ok(body.events.some((e: { name: string }) => e.name === 'booking.created')),
  },
];

const describeExpected = (e: Expected) => (typeof e === 'number' ? `${e}` : `${e[0]} ${e[1]}`);

async function assertAnswer(row: Row, caller: Caller, expected: Expected, { csrf = true } = {}) {
  const req = await row.request(caller);
  const response = await send(caller, req, { csrf });
  const [status, code] = typeof expected === 'number' ? [expected, undefined] : expected;
  const where = `${req.method} ${req.url} as ${caller.name}: ${response.text}`;
  assert.equal(response.status, status, where);
  if (code) assert.equal(response.body?.error?.code, code, where);
  return response;
}

/** Anything that would show the default organisation's data to the other organisation's admin. */
const defaultOrgMarkers = () => [
  f.classId,
  f.bookingA.id,
  f.bookingB.id,
  f.guestBooking.id,
  f.customerA.id,
  f.customerB.id,
  f.customerA.email,
  f.customerB.email,
  PRIVATE_GUEST.email,
  ADMIN.email,
  f.paidClassId,
  f.cardA.bookingId,
  f.cardA.paymentId,
  f.cardGuest.bookingId,
  f.cardGuest.paymentId,
  f.swish.bookingId,
  f.swish.paymentId,
  f.unbookable.problemId,
  f.unbookable.paymentId,
  f.unbookable.bookingId,
  f.webhook.id,
  f.webhook.url,
  f.webhook.secret,
  f.calendarTokenA,
];

describe('authorisation matrix: every route as every caller', () => {
  for (const row of MATRIX) {
    describe(row.route, () => {
      CALLERS.forEach((name, column) => {
        const expected = row.expect[column] as Expected;
        test(`as ${name} → ${describeExpected(expected)}`, async () => {
          const caller = row.ownSession ? await freshSession(callerOf(name)) : callerOf(name);
          const response = await assertAnswer(row, caller, expected);
          if (response.status < 300) row.check?.(name, response.body, response.text);
          if (name === OTHER_OWN_ORG && !row.sameForEveryOrg) {
            for (const marker of defaultOrgMarkers()) assert.ok(!response.text.includes(marker), `leaks ${marker}`);
          }
        });
      });
    });
  }
});

describe('CSRF: cookie-authenticated changes need the X-CSRF-Token header', () => {
  const changes = MATRIX.filter((row) => !row.csrfExempt && !row.route.startsWith('GET'));
  for (const row of changes) {
    for (const name of ['customer A', 'admin'] as const) {
      test(`${row.route} as ${name} without the token → 403 csrf_failed`, async () => {
        const caller = row.ownSession ? await freshSession(callerOf(name)) : callerOf(name);
        await assertAnswer(row, caller, [403, 'csrf_failed'], { csrf: false });
      });
    }
  }

  test('a wrong token is refused like a missing one', async () => {
    const admin = { ...callerOf('admin'), csrfToken: callerOf('customer A').csrfToken };
    await assertAnswer(MATRIX.find((r) => r.route === 'POST /classes')!, admin, [403, 'csrf_failed']);
  });

  test('a refused change writes nothing', async () => {
    const classId = await freshClass();
    const refused = await send(callerOf('admin'), { method: 'DELETE', url: `/classes/${classId}` }, { csrf: false });
    assert.equal(refused.status, 403);
    assert.equal((await send(callerOf('anonymous'), { method: 'GET', url: `/classes/${classId}` })).status, 200);
  });

  test('a refused mark-paid leaves the payment pending', async () => {
    const { paymentId } = await swishBooking();
    const refused = await send(
      callerOf('admin'),
      { method: 'POST', url: `/payments/${paymentId}/mark-paid`, body: {} },
      { csrf: false },
    );
    assert.equal(refused.status, 403);
    assert.equal(
      (await ok(send(callerOf('admin'), { method: 'GET', url: `/payments/${paymentId}` }))).status,
      'pending',
    );
  });

  const exempt = MATRIX.filter((row) => row.csrfExempt);
  for (const row of exempt) {
    test(`${row.route} needs no token (as customer A → ${describeExpected(row.expect[1])})`, async () => {
      await assertAnswer(row, callerOf('customer A'), row.expect[1], { csrf: false });
    });
  }
});

describe('public class responses carry no personal data', () => {
  for (const name of ['anonymous', 'customer B'] as const) {
    test(`GET /classes and GET /classes/:classId as ${name}`, async () => {
      for (const url of ['/classes', `/classes/${f.classId}`]) {
        const response = await send(callerOf(name), { method: 'GET', url });
        assert.equal(response.status, 200, response.text);
        assert.ok(!response.text.includes('@'), `${url} shows an email: ${response.text}`);
        for (const secret of [
          PRIVATE_GUEST.name,
          'Alice Ableton',
          'Bob Bramble',
          f.bookingA.manageToken,
          f.guestBooking.manageToken,
        ]) {
          assert.ok(!response.text.includes(secret), `${url} shows ${secret}`);
        }
      }
    });
  }
});
