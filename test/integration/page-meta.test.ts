// Issue 12: a shared link to a class shows its title, time and studio in a chat's preview, which
// reads the HTML and runs no script: the server writes them into index.html.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { pageMetaReader } from '../../src/modules/web/web.meta.ts';
import { webRoutes } from '../../src/modules/web/web.routes.ts';
import { type App, createHttpServer } from '../../src/platform/http.ts';
import { type TestApp, classInput, startTestApp } from '../support/app.ts';

let t: TestApp;
let web: App;
let base: string;
let dist: string;

before(async () => {
  t = await startTestApp();
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'slotwise-meta-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><html><head><title>Slotwise</title></head><body><div id="root"></div></body></html>',
  );
  web = createHttpServer({ logger: pino({ level: 'silent' }), trustProxy: false });
  await webRoutes(web, dist, pageMetaReader(t.database.db, 'http://slotwise.test'));
  base = await web.listen({ port: 0, host: '127.0.0.1' });
});
after(async () => {
  await web.close();
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = async (url: string) => {
  const response = await fetch(`${base}${url}`, { headers: { accept: '*/*' } });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: await response.text() };
};

test("a class page's HTML carries its title, local time with zone and studio, escaped", async () => {
  const admin = await t.admin();
  await admin.patch('/api/v1/organisation', { name: 'Studio <Nord> & Co' });
  const created = await admin.post(
    '/api/v1/classes',
    classInput(
      { title: 'Yoga "flow" <b>', startsAt: '2031-06-03T18:00', endsAt: '2031-06-03T19:00', location: 'Hall A' },
      t.clock.now(),
    ),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const booked = await t.client().post('/api/v1/bookings', {
    classId: created.body.id,
    guest: { name: 'Private Person', email: 'private@example.test' },
  });
  assert.equal(booked.status, 201);

  for (const url of [`/classes/${created.body.id}`, `/o/${t.org.slug}/classes/${created.body.id}`]) {
    const page = await get(url);
    assert.equal(page.status, 200);
    assert.equal(page.cacheControl, 'no-cache', 'index.html is revalidated every time');
    const title = 'Yoga &quot;flow&quot; &lt;b&gt; · Studio &lt;Nord&gt; &amp; Co';
    assert.ok(page.body.includes(`<title>${title}</title>`), page.body);
    assert.ok(page.body.includes(`<meta property="og:title" content="${title}" />`));
    assert.ok(page.body.includes('<meta property="og:type" content="event" />'));
    assert.ok(page.body.includes(`<meta property="og:url" content="http://slotwise.test${url}" />`));
    const description = /<meta name="description" content="([^"]*)"/.exec(page.body)?.[1] ?? '';
    assert.match(description, new RegExp(`3 June 2031 at 18:00 \\(${t.org.timeZone}\\)`));
    assert.match(description, /Hall A/);
    assert.ok(page.body.includes(`<meta property="og:description" content="${description}" />`));
    assert.doesNotMatch(page.body, /Private Person|private@example/, 'no personal data');
    assert.equal(page.body.match(/<title>/g)?.length, 1);
  }
});

test('the week page names the studio; unknown ids and other pages keep the plain index.html', async () => {
  const week = await get('/');
  assert.match(week.body, /<title>Studio &lt;Nord&gt; &amp; Co<\/title>/);
  assert.match(week.body, /og:type" content="website"/);
  for (const url of [
    '/classes/not-a-uuid',
    '/classes/00000000-0000-4000-8000-000000000000',
    '/account',
    '/o/nobody-here',
  ]) {
    const page = await get(url);
    assert.equal(page.status, 200, url);
    assert.match(page.body, /<title>Slotwise<\/title>/, url);
    assert.doesNotMatch(page.body, /og:title/, url);
  }
});

test("a public page's HTML is in the business's language, so the web app fetches its texts at once", async () => {
  const admin = await t.admin();
  assert.match((await get('/')).body, /<html lang="en">/);
  // Written per request, and still sent compressed (fetch decodes it).
  const raw = await fetch(`${base}/`, { headers: { accept: 'text/html', 'accept-encoding': 'br' } });
  assert.equal(raw.headers.get('content-encoding'), 'br');
  assert.match(await raw.text(), /<html lang="en">/);
  const changed = await admin.patch('/api/v1/organisation', { defaultLocale: 'sv' });
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.match((await get('/')).body, /<html lang="sv">/);
  assert.match((await get('/account')).body, /<html>/, 'a page the server does not describe stays as built');
  await admin.patch('/api/v1/organisation', { defaultLocale: 'en' });
});

test("a class at a location abroad shows its time on that location's clock, named", async () => {
  const admin = await t.admin();
  const location = await admin.post('/api/v1/locations', { name: 'Studio Brooklyn', timeZone: 'America/New_York' });
  assert.equal(location.status, 201, JSON.stringify(location.body));
  // 18:00 in New York on a fixed date: 23:00 in Stockholm, on New York's winter time.
  const created = await admin.post(
    '/api/v1/classes',
    classInput(
      {
        title: 'Brooklyn flow',
        startsAt: '2031-12-03T18:00',
        endsAt: '2031-12-03T19:00',
        locationId: location.body.id,
      },
      t.clock.now(),
    ),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.startsAt, '2031-12-03T23:00:00.000Z');
  const page = await get(`/classes/${created.body.id}`);
  const description = /<meta name="description" content="([^"]*)"/.exec(page.body)?.[1] ?? '';
  assert.match(description, /3 December 2031 at 18:00 \(America\/New_York\)/);
});
