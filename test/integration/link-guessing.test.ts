// Guessing secret links: wrong manage links and calendar feeds are counted per client address; past
// the limit every link lookup from that address is refused (429 with Retry-After) until the window
// ends, the right links too, while other addresses and right links never count.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { wrongLinksPerAddress } from '../../src/modules/auth/link-guessing.ts';
import { type TestApp, classInput, guest, startTestApp } from '../support/app.ts';

let t: TestApp;
let manageToken: string;

before(async () => {
  t = await startTestApp();
  const admin = await t.admin();
  const cls = await admin.post('/api/v1/classes', classInput({ maxSpots: 10 }));
  const booked = await t.client().post('/api/v1/bookings', { classId: cls.body.id, guest: guest('links') });
  assert.equal(booked.status, 201);
  manageToken = booked.body.manageToken;
  assert.ok(manageToken);
});
after(() => t?.close());

const lookup = (token: string, ip: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/manage/${token}`, remoteAddress: ip });
const wrong = (n: number) => `${'x'.repeat(40)}${String(n).padStart(3, '0')}`;

test('right links from one address never count, however many', async () => {
  for (let i = 0; i < wrongLinksPerAddress.free + 5; i++) {
    assert.equal((await lookup(manageToken, '10.0.0.1')).statusCode, 200);
  }
});

test('past the limit of wrong links, the address is refused for the window, the right link too', async () => {
  const ip = '10.0.0.2';
  for (let i = 0; i < wrongLinksPerAddress.free; i++) assert.equal((await lookup(wrong(i), ip)).statusCode, 404);
  const refused = await lookup(manageToken, ip);
  assert.equal(refused.statusCode, 429);
  assert.equal(refused.json().error.code, 'rate_limited');
  assert.ok(Number(refused.headers['retry-after']) > 0);
  const feed = await t.app.inject({
    method: 'GET',
    url: `/api/v1/calendar/customers/${wrong(1)}.ics`,
    remoteAddress: ip,
  });
  assert.equal(feed.statusCode, 429, 'calendar feeds share the count');

  assert.equal((await lookup(manageToken, '10.0.0.3')).statusCode, 200, 'another address is not held back');

  t.clock.advance(wrongLinksPerAddress.windowMs + 1000);
  assert.equal((await lookup(manageToken, ip)).statusCode, 200, 'the window ends');
});
