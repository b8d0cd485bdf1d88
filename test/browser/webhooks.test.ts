import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ADMIN, classInput, guest } from '../support/app.ts';
import {
  type BrowserRun,
  assertAccessible,
  assertNoSidewaysScroll,
  browserSkipReason,
  signIn,
  startBrowserRun,
  withPage,
} from './harness.ts';

describe('Webhooks dashboard', { skip: browserSkipReason() }, () => {
  let run: BrowserRun;
  let receiver: http.Server;
  let receiverUrl: string;
  /** What the receiver answers: 500 makes deliveries fail until they give up. */
  let answer = 500;
  const eventIds: string[] = [];

  before(async () => {
    receiver = http.createServer((request, response) => {
      eventIds.push(String(request.headers['slotwise-event-id']));
      request.resume();
      request.on('end', () => response.writeHead(answer).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    run = await startBrowserRun();
  });
  after(async () => {
    await run?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  /** Runs the delivery jobs, moving the clock past each back-off, until none is due. */
  async function drain() {
    for (let i = 0; i < 15; i++) {
      run.app.clock.advance(3600_000);
      if ((await run.app.runJobs()) === 0 && i > 0) break;
    }
  }

  for (const [label, options] of [
    ['desktop', {}],
    ['phone', { viewport: { width: 390, height: 844 }, mobile: true }],
  ] as const) {
    test(`an admin adds an endpoint, retries a failed delivery, rotates the secret, disables and deletes it (${label})`, async (t) => {
      await withPage(
        run,
        t,
        async (page) => {
          const url = `${receiverUrl}/${label}`;
          await signIn(page, ADMIN.email, ADMIN.password);
          await page.goto(`${run.baseUrl}/admin/webhooks`);
          await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
          await page.getByLabel('URL').fill(url);
          await page.getByLabel('Description').fill(`CRM ${label}`);
          await page.getByRole('button', { name: 'Add endpoint' }).click();
          const secret = (await page.getByTestId('webhook-secret').innerText()).trim();
          assert.match(secret, /^whsec_/);
          const card = page.getByRole('article', { name: url });
          await card.waitFor();
          await assertAccessible(page, `a new endpoint with its secret (${label})`);

          // A booking raises an event; the receiver refuses every attempt until the delivery fails.
          answer = 500;
          const cls = await run.admin.post('/api/v1/classes', classInput({}, run.app.clock.now()));
          await run.app.client().post('/api/v1/bookings', { classId: cls.body.id, guest: guest(`hook-${label}`) });
          await drain();
          const firstEventId = eventIds.at(-1);

          await card.getByRole('button', { name: 'Recent deliveries' }).click();
          const row = card.getByRole('row').filter({ hasText: 'booking.created' });
          await row.getByText('Failed').waitFor();
          assert.match(await row.innerText(), /500/);
          await assertAccessible(page, `the deliveries with a failure (${label})`);

          answer = 200;
          await row.getByRole('button', { name: 'Retry: booking.created' }).click();
          await row.getByText('Pending').waitFor();
          await drain();
          assert.equal(eventIds.at(-1), firstEventId, 'the same event id is sent again');
          // Reopen the list to read the outcome.
          await card.getByRole('button', { name: 'Recent deliveries' }).click();
          await card.getByRole('button', { name: 'Recent deliveries' }).click();
          await row.getByText('Delivered').waitFor();
          assert.match(await row.innerText(), /200/);

          await card.getByRole('button', { name: 'Rotate secret' }).click();
          const dialog = page.getByRole('dialog');
          await dialog.getByText('For 24 hours').waitFor();
          await assertAccessible(page, `the rotate dialog (${label})`);
          await dialog.getByRole('button', { name: 'Rotate secret' }).click();
          await page.getByTestId('webhook-secret').filter({ hasNotText: secret }).waitFor();
          const rotated = (await page.getByTestId('webhook-secret').innerText()).trim();
          assert.match(rotated, /^whsec_/);
          assert.notEqual(rotated, secret);
          await card.getByText('The previous secret also signs until').waitFor();

          await card.getByRole('button', { name: 'Disable' }).click();
          await card.getByText('Disabled', { exact: true }).waitFor();
          const listed = (await run.admin.get('/api/v1/webhooks')).body.endpoints.find(
            (e: { url: string }) => e.url === url,
          );
          assert.equal(listed.active, false);

          if (options.viewport) await assertNoSidewaysScroll(page);

          await card.getByRole('button', { name: 'Delete' }).click();
          await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
          await card.waitFor({ state: 'detached' });
          const left = (await run.admin.get('/api/v1/webhooks')).body.endpoints;
          assert.ok(!left.some((e: { url: string }) => e.url === url));
        },
        options,
      );
    });
  }
});
