// The authorisation matrix: every /api/v1 route called as every kind of caller, with the status
// (and, for refusals, the error code) each must get. Rows are data; a failing test names its row
// and caller. Rows that change or consume something build a fresh resource for every call.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';

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
  body?: object;
}

type Expected = number | readonly [number, string];
const UNAUTH = [401, 'unauthenticated'] as const;
const FORBIDDEN = [403, 'forbidden'] as const;
const INVALID = [400, 'validation_failed'] as const;
const NO_CLASS = [404, 'class_not_found'] as const;
const NO_BOOKING = [404, 'booking_not_found'] as const;

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
  check?: (caller: CallerName, body: any) => void;
}

let t: TestApp;
const callers = new Map<CallerName, Caller>();
let f: {
  classId: string;
  customerA: { id: string; email: string };
  customerB: { id: string; email: string };
  bookingA: { id: string; manageToken: string };
  bookingB: { id: string; manageToken: string };
  guestBooking: { id: string; manageToken: string };
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
    },
    ...(req.body === undefined ? {} : { payload: req.body }),
  });
  const session = response.cookies.find((c) => c.name === 'slotwise_session');
  return {
    status: response.statusCode,
    text: response.body,
    body: response.body ? response.json() : undefined,
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

async function ok<T = any>(response: Promise<{ status: number; body: any; text: string }>, status = 200): Promise<T> {
  const result = await response;
  assert.equal(result.status, status, result.text);
  return result.body as T;
}

const freshClass = async (overrides: Record<string, unknown> = {}): Promise<string> =>
  (await ok(send(callerOf('admin'), { method: 'POST', url: '/classes', body: classInput(overrides, t.clock.now()) }), 201)).id;

/** A booking of customer A in a class of its own. */
async function freshBookingOfA() {
  const classId = await freshClass();
  return (await ok(send(callerOf('customer A'), { method: 'POST', url: '/bookings', body: { classId } }), 201)).booking;
}

const PASSWORD = 'customer-password-1';

before(async () => {
  t = await startTestApp();
  callers.set('anonymous', { name: 'anonymous' });
  callers.set('admin', await session('admin', '/auth/sign-in', ADMIN));
  const a = await session('customer A', '/auth/sign-up', { email: 'alice@example.test', name: 'Alice Ableton', password: PASSWORD });
  const b = await session('customer B', '/auth/sign-up', { email: 'bob@example.test', name: 'Bob Bramble', password: PASSWORD });
  const staff = await session('staff', '/auth/sign-up', { email: 'sam@example.test', name: 'Sam Staff', password: PASSWORD });
  callers.set('customer A', a).set('customer B', b).set('staff', staff);
  const staffId = (await ok(send(staff, { method: 'GET', url: '/me' }))).id;
  await ok(send(callerOf('admin'), { method: 'PATCH', url: `/users/${staffId}`, body: { role: 'staff' } }));
  assert.equal((await ok(send(staff, { method: 'GET', url: '/me' }))).role, 'staff');

  await t.createOrg('other', 'admin@other.test');
  const other = await session(OTHER_OWN_ORG, '/auth/sign-in', { email: 'admin@other.test', password: ADMIN.password }, 'other');
  callers.set(OTHER_OWN_ORG, other);
  // The same session, sent to the default organisation (no X-Org) where it is not valid.
  callers.set('other org admin without X-Org', { ...other, name: 'other org admin without X-Org', org: undefined });

  const classId = await freshClass({ maxSpots: 100 });
  const book = async (caller: Caller, body: object) =>
    ok(send(caller, { method: 'POST', url: '/bookings', body: { classId, ...body } }), 201);
  const bookedA = await book(a, {});
  const bookedB = await book(b, {});
  const bookedGuest = await book(callerOf('anonymous'), { guest: PRIVATE_GUEST });
  const me = async (caller: Caller) => (await ok(send(caller, { method: 'GET', url: '/me' }))) as { id: string; email: string };
  f = {
    classId,
    customerA: await me(a),
    customerB: await me(b),
    bookingA: { id: bookedA.booking.id, manageToken: bookedA.manageToken },
    bookingB: { id: bookedB.booking.id, manageToken: bookedB.manageToken },
    guestBooking: { id: bookedGuest.booking.id, manageToken: bookedGuest.manageToken },
  };
});
after(() => t.close());

/** Same expectation for every caller. */
const all = (e: Expected) => [e, e, e, e, e, e, e] as const;

const idsOf = (body: { bookings: { id: string }[] }) => body.bookings.map((b) => b.id);

//            columns: anonymous, customer A, customer B, staff, admin, other admin (no X-Org), other admin (X-Org: other)
const MATRIX: Row[] = [
  // auth and users
  { route: 'GET /auth/session', request: () => ({ method: 'GET', url: '/auth/session' }), expect: all(200),
    check: (who, body) => { if (who === 'other org admin without X-Org') assert.equal(body.user, null); } },
  { route: 'POST /auth/sign-up', csrfExempt: true, expect: all(201),
    request: () => ({ method: 'POST', url: '/auth/sign-up', body: { email: `${unique('new')}@example.test`, name: 'New', password: PASSWORD } }) },
  { route: "POST /auth/sign-in (customer A's credentials)", csrfExempt: true,
    request: () => ({ method: 'POST', url: '/auth/sign-in', body: { email: f.customerA.email, password: PASSWORD } }),
    expect: [200, 200, 200, 200, 200, 200, [401, 'invalid_credentials']] },
  { route: 'POST /auth/sign-out', ownSession: true, expect: all(204),
    request: () => ({ method: 'POST', url: '/auth/sign-out', body: {} }) },
  { route: 'POST /auth/password-reset', csrfExempt: true, expect: all(202),
    request: () => ({ method: 'POST', url: '/auth/password-reset', body: { email: f.customerA.email } }) },
  { route: 'POST /auth/password-reset/confirm (unknown token)', csrfExempt: true, expect: all([400, 'invalid_reset_token']),
    request: () => ({ method: 'POST', url: '/auth/password-reset/confirm', body: { token: 'x'.repeat(43), password: 'new-password-123' } }) },
  { route: 'GET /me', request: () => ({ method: 'GET', url: '/me' }), expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200] },
  { route: 'GET /users', request: () => ({ method: 'GET', url: '/users' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200],
    check: (who, body) => {
      const emails = body.users.map((u: { email: string }) => u.email);
      if (who === 'admin') assert.ok(emails.includes(f.customerA.email) && !emails.includes('admin@other.test'));
      if (who === OTHER_OWN_ORG) assert.ok(emails.includes('admin@other.test'));
    } },
  { route: 'PATCH /users/:userId (customer B)',
    request: () => ({ method: 'PATCH', url: `/users/${f.customerB.id}`, body: { role: 'customer' } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, [404, 'user_not_found']] },
  // organisation
  { route: 'GET /organisation', request: () => ({ method: 'GET', url: '/organisation' }), expect: all(200),
    check: (who, body) => assert.equal(body.slug, who === OTHER_OWN_ORG ? 'other' : 'default') },
  { route: 'PATCH /organisation',
    request: () => ({ method: 'PATCH', url: '/organisation', body: { cancellationDeadlineHours: 24 } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200] },
  // classes
  { route: 'GET /classes', request: () => ({ method: 'GET', url: '/classes' }), expect: all(200),
    check: (who, body) => assert.equal(body.classes.some((c: { id: string }) => c.id === f.classId), who !== OTHER_OWN_ORG) },
  { route: 'GET /classes/:classId', request: () => ({ method: 'GET', url: `/classes/${f.classId}` }),
    expect: [200, 200, 200, 200, 200, 200, NO_CLASS] },
  { route: 'POST /classes', request: () => ({ method: 'POST', url: '/classes', body: classInput({}, t.clock.now()) }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 201, UNAUTH, 201] },
  { route: 'PATCH /classes/:classId',
    request: () => ({ method: 'PATCH', url: `/classes/${f.classId}`, body: { description: 'Bring a mat' } }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NO_CLASS] },
  { route: 'DELETE /classes/:classId (no bookings)', request: async () => ({ method: 'DELETE', url: `/classes/${await freshClass()}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 204, UNAUTH, NO_CLASS] },
  { route: 'POST /classes/:classId/cancel',
    request: async () => ({ method: 'POST', url: `/classes/${await freshClass()}/cancel`, body: {} }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, NO_CLASS] },
  // bookings
  { route: 'POST /bookings with guest details',
    request: () => ({ method: 'POST', url: '/bookings', body: { classId: f.classId, guest: guest(unique('g')) } }),
    expect: [201, INVALID, INVALID, 201, 201, 201, NO_CLASS] },
  { route: 'POST /bookings without guest details',
    request: async () => ({ method: 'POST', url: '/bookings', body: { classId: await freshClass() } }),
    expect: [INVALID, 201, 201, 201, 201, INVALID, NO_CLASS] },
  { route: 'GET /bookings', request: () => ({ method: 'GET', url: '/bookings' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200],
    check: (who, body) => assert.equal(idsOf(body).includes(f.bookingA.id), who !== OTHER_OWN_ORG) },
  { route: 'GET /me/bookings', request: () => ({ method: 'GET', url: '/me/bookings' }),
    expect: [UNAUTH, 200, 200, 200, 200, UNAUTH, 200],
    check: (who, body) => {
      const ids = idsOf(body);
      assert.equal(ids.includes(f.bookingA.id), who === 'customer A');
      assert.equal(ids.includes(f.bookingB.id), who === 'customer B');
      assert.ok(!ids.includes(f.guestBooking.id));
    } },
  { route: "GET /bookings/:bookingId (customer A's)", request: () => ({ method: 'GET', url: `/bookings/${f.bookingA.id}` }),
    expect: [UNAUTH, 200, NO_BOOKING, 200, 200, UNAUTH, NO_BOOKING] },
  { route: "GET /bookings/:bookingId (a guest's)", request: () => ({ method: 'GET', url: `/bookings/${f.guestBooking.id}` }),
    expect: [UNAUTH, NO_BOOKING, NO_BOOKING, 200, 200, UNAUTH, NO_BOOKING] },
  { route: "POST /bookings/:bookingId/cancel (customer A's)",
    request: async () => ({ method: 'POST', url: `/bookings/${(await freshBookingOfA()).id}/cancel`, body: {} }),
    expect: [UNAUTH, 200, NO_BOOKING, 200, 200, UNAUTH, NO_BOOKING] },
  { route: "DELETE /bookings/:bookingId (customer A's)",
    request: async () => ({ method: 'DELETE', url: `/bookings/${(await freshBookingOfA()).id}` }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 204, UNAUTH, NO_BOOKING] },
  { route: "GET /manage/:token (customer A's token)", request: () => ({ method: 'GET', url: `/manage/${f.bookingA.manageToken}` }),
    expect: [200, 200, 200, 200, 200, 200, NO_BOOKING] },
  { route: 'GET /manage/:token (unknown token)', request: () => ({ method: 'GET', url: `/manage/${'x'.repeat(43)}` }),
    expect: all(NO_BOOKING) },
  { route: "POST /manage/:token/cancel (a guest's token)", csrfExempt: true,
    request: async () => {
      const booked = await ok(send(callerOf('anonymous'), { method: 'POST', url: '/bookings', body: { classId: f.classId, guest: guest(unique('m')) } }), 201);
      return { method: 'POST', url: `/manage/${booked.manageToken}/cancel`, body: {} };
    },
    expect: [200, 200, 200, 200, 200, 200, NO_BOOKING] },
  // customers and audit log
  { route: 'GET /customers', request: () => ({ method: 'GET', url: '/customers' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, 200, 200, UNAUTH, 200] },
  { route: 'GET /audit-log', request: () => ({ method: 'GET', url: '/audit-log' }),
    expect: [UNAUTH, FORBIDDEN, FORBIDDEN, FORBIDDEN, 200, UNAUTH, 200] },
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
  f.classId, f.bookingA.id, f.bookingB.id, f.guestBooking.id, f.customerA.id, f.customerB.id,
  f.customerA.email, f.customerB.email, PRIVATE_GUEST.email, ADMIN.email,
];

describe('authorisation matrix: every route as every caller', () => {
  for (const row of MATRIX) {
    describe(row.route, () => {
      CALLERS.forEach((name, column) => {
        const expected = row.expect[column] as Expected;
        test(`as ${name} → ${describeExpected(expected)}`, async () => {
          const caller = row.ownSession ? await freshSession(callerOf(name)) : callerOf(name);
          const response = await assertAnswer(row, caller, expected);
          if (response.status < 300) row.check?.(name, response.body);
          if (name === OTHER_OWN_ORG) {
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
        for (const secret of [PRIVATE_GUEST.name, 'Alice Ableton', 'Bob Bramble', f.bookingA.manageToken, f.guestBooking.manageToken]) {
          assert.ok(!response.text.includes(secret), `${url} shows ${secret}`);
        }
      }
    });
  }
});
