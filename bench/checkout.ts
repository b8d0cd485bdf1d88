/**
 * Checkout benchmark: `npm run bench:checkout [-- --count=300 --concurrency=16 --pool=20]`.
 *
 * On the embedded database (PGlite, in memory) by default; with DATABASE_URL set (a postgres:// URL
 * of a role that may create databases, meant to be on loopback) on a throwaway database created
 * there, migrated, and dropped at the end, also on failure or Ctrl-C. The app runs in this process
 * on 127.0.0.1, card payments through the official `stripe` SDK (configured as in production,
 * createStripeClient with an API URL) against the local Stripe-shaped server of
 * test/support/stripe-server.ts. That server and the `concurrency` clients run in a child process
 * of their own, so that neither competes with the app for its event loop.
 *
 * Two phases, `count` checkouts each, every one a new guest on one class with room for all, timed
 * from the start of the checkout until the booking is confirmed:
 *
 *   card   POST /api/v1/bookings with paymentMethod card (the app creates the PaymentIntent at the
 *          local server and answers with its client secret); the customer pays (the server's
 *          `succeed`, as Stripe.js would); the signed payment_intent.succeeded event is POSTed to
 *          /api/v1/stripe/webhook (the app re-reads the intent from the server and settles); then
 *          GET /api/v1/payments/by-intent/:id, as the browser polls, until it says confirmed.
 *   venue  POST /api/v1/bookings with paymentMethod venue: confirmed in its answer.
 *
 * It prints both rates (confirmed bookings per second), p50/p99 latency and the venue : card
 * ratio. Then it checks the books: every booking confirmed, every card payment succeeded once at
 * the server and here, nothing refunded, the integrity report empty. Exit code 1 on any error,
 * unexpected answer or failed check. The local server answers at once; a real Stripe adds its own
 * round trips (about 0.2-0.5 s each) to the card figure. Background jobs (mails) are left queued,
 * as in bench:booking: the figure is the request path. A short warm-up of both paths runs first.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { buildApp } from '../src/app.ts';
import { ensureAdmin } from '../src/modules/auth/auth.service.ts';
import { createStripeClient, stripeGateway } from '../src/platform/card-gateway.ts';
import { ensureDefaultOrganisation } from '../src/modules/orgs/orgs.service.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { queryRows } from '../src/platform/db.ts';
import { createLogger } from '../src/platform/logger.ts';
import { migrate } from '../src/platform/migrate.ts';
import { startStripeServer } from '../test/support/stripe-server.ts';
import { type PhaseResult, httpRequest, rush } from './rush.ts';
import {
  ADMIN,
  createCleanup,
  exitWith,
  formatTable,
  listenOnLoopback,
  openBenchDatabase,
  parseIntOptions,
  percentile,
  serverUrlFromEnv,
  signInAdmin,
} from './support.ts';

const WARMUP = 20;
const PRICE = 15_000;
const LOAD_PROCESS = '--checkout-load-process';

function parseOptions() {
  return parseIntOptions({
    count: { default: 300, min: 1, max: 20_000 },
    concurrency: { default: 16, min: 1, max: 256 },
    pool: { default: 20, min: 1, max: 200 },
  });
}

// -------------------------------------------------------------------------------------------------
// The load process: the local Stripe server and the customers
// -------------------------------------------------------------------------------------------------

type Method = 'card' | 'venue';

interface Phase {
  name: string;
  method: Method;
  classId: string;
  tag: string;
  count: number;
}

type ToLoad = { type: 'run'; api: string; concurrency: number; phases: Phase[] };
type FromLoad =
  | { type: 'stripe'; url: string; secretKey: string; webhookSecret: string }
  | {
      type: 'done';
      results: PhaseResult[];
      stripe: {
        succeeded: number;
        intents: number;
        refunds: number;
        cardPhase: { requests: number; answeredMs: number[] };
      };
    };

async function loadProcess(): Promise<void> {
  // The webhook events, as the server makes them: reading them back through events() copies them all.
  const succeededEvents = new Map<string, Stripe.Event>();
  const stripe = await startStripeServer({
    onEvent: (event) => {
      if (event.type === 'payment_intent.succeeded')
        succeededEvents.set((event.data.object as { id: string }).id, event);
    },
  });
  const send = (message: FromLoad) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
  process.once('message', async (message: ToLoad) => {
    const { api, concurrency, phases } = message;
    // node:http over a keep-alive agent, not fetch: rush.ts says why.
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const post = (url: string, body: string, headers?: Record<string, string>) =>
      httpRequest(agent, 'POST', url, body, headers);

    const checkout = (phase: Phase) => async (i: number) => {
      const started = await post(
        `${api}/bookings`,
        JSON.stringify({
          classId: phase.classId,
          paymentMethod: phase.method,
          guest: { name: `Guest ${i}`, email: `${phase.tag}-${i}@bench.test` },
        }),
      );
      const { text } = started;
      if (started.status !== 201)
        return `${started.status >= 500 ? 'error' : 'unexpected'}: checkout ${started.status} ${text.slice(0, 200)}`;
      const body = JSON.parse(text) as { booking: { status: string }; payment: { clientSecret: string | null } | null };
      if (phase.method === 'venue')
        return body.booking.status === 'confirmed' ? 'booked' : `unexpected: a venue booking is ${body.booking.status}`;

      const intentId = body.payment?.clientSecret?.split('_secret_')[0];
      if (!intentId) return `unexpected: a card checkout without a client secret: ${text.slice(0, 200)}`;
      stripe.succeed(intentId);
      // The server tells its listener in a microtask.
      await new Promise((resolve) => setImmediate(resolve));
      const event = succeededEvents.get(intentId);
      succeededEvents.delete(intentId);
      if (!event) return `error: no payment_intent.succeeded event for ${intentId}`;
      const signed = stripe.signedPayload(event);
      const hook = await post(`${api}/stripe/webhook`, signed.payload, signed.headers);
      if (hook.status !== 200)
        return `${hook.status >= 500 ? 'error' : 'unexpected'}: webhook ${hook.status} ${hook.text.slice(0, 200)}`;
      // The browser polls until the booking is confirmed; the webhook has normally settled it already.
      for (let poll = 0; poll < 100; poll++) {
        const answer = await httpRequest(agent, 'GET', `${api}/payments/by-intent/${intentId}`);
        if (answer.status !== 200)
          return `${answer.status >= 500 ? 'error' : 'unexpected'}: poll ${answer.status} ${answer.text.slice(0, 200)}`;
        if ((JSON.parse(answer.text) as { found?: boolean }).found) return 'booked';
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return `unexpected: ${intentId} not confirmed after 100 polls`;
    };

    const results: PhaseResult[] = [];
    // The local Stripe server's own cost in the measured card phase: what it took to answer the app.
    const cardPhase = { requests: 0, answeredMs: [] as number[] };
    for (const phase of phases) {
      const before = stripe.requests.length;
      results.push(await rush(phase.name, phase.count, concurrency, checkout(phase)));
      if (phase === phases[2]) {
        const served = stripe.requests.slice(before);
        cardPhase.requests = served.length;
        cardPhase.answeredMs = served.flatMap((r) => (r.answeredMs === null ? [] : [r.answeredMs]));
      }
    }
    const intents = stripe.paymentIntents();
    await send({
      type: 'done',
      results,
      stripe: {
        succeeded: intents.filter((i) => i.status === 'succeeded').length,
        intents: intents.length,
        refunds: stripe.refunds().length,
        cardPhase,
      },
    });
    await stripe.close();
    process.exit(0);
  });
  await send({ type: 'stripe', url: stripe.url, secretKey: stripe.secretKey, webhookSecret: stripe.webhookSecret });
}

/** Starts the load process; resolves with its Stripe server and a function that runs the phases. */
function startLoadProcess(): Promise<{
  stripe: Extract<FromLoad, { type: 'stripe' }>;
  run(job: Omit<ToLoad, 'type'>): Promise<Extract<FromLoad, { type: 'done' }>>;
  kill(): void;
}> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [LOAD_PROCESS], { execArgv: ['--import', 'tsx'] });
    let running: { resolve(message: Extract<FromLoad, { type: 'done' }>): void; reject(error: Error): void } | null =
      null;
    child.on('message', (message: FromLoad) => {
      if (message.type === 'stripe') {
        resolve({
          stripe: message,
          run: (job) =>
            new Promise((resolveRun, rejectRun) => {
              running = { resolve: resolveRun, reject: rejectRun };
              child.send({ type: 'run', ...job } satisfies ToLoad);
            }),
          kill: () => void child.kill(),
        });
      } else {
        running?.resolve(message);
        running = null;
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const error = new Error(`the load process exited with ${code} before reporting`);
      reject(error);
      running?.reject(error);
    });
  });
}

// -------------------------------------------------------------------------------------------------
// The app process
// -------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const { count, concurrency, pool } = parseOptions();
  const serverUrl = serverUrlFromEnv();
  const cleanup = createCleanup();

  try {
    const {
      database,
      url: databaseUrl,
      where,
    } = await openBenchDatabase(serverUrl, { prefix: 'bench_checkout', pool }, cleanup);
    await migrate(database);
    const org = await ensureDefaultOrganisation(database.db);
    await ensureAdmin(database.db, org, ADMIN);

    const load = await startLoadProcess();
    cleanup.add(async () => load.kill());
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-bench-checkout-'));
    cleanup.add(() => fs.rm(dataDir, { recursive: true, force: true }));
    const config = loadConfig({
      NODE_ENV: 'production',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: String(pool) } : {}),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const logger = createLogger(config.logLevel);
    // As runtime.ts builds it from STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_API_URL.
    const cardGateway = stripeGateway(
      createStripeClient({ secretKey: load.stripe.secretKey, apiUrl: load.stripe.url }),
      {
        webhookSecret: load.stripe.webhookSecret,
        publishableKey: 'pk_test_bench',
      },
    );
    const app = await buildApp({ config, database, db: database.db, clock: systemClock, logger, cardGateway });
    cleanup.add(() => app.close());
    const api = await listenOnLoopback(app);

    // The admin, through the API: card and venue offered, one class per phase.
    const { cookie, csrfToken } = await signInAdmin(api);
    const asAdmin = async <T = Record<string, unknown>>(method: string, url: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${api}${url}`, {
        method,
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (response.status >= 300) throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
      return JSON.parse(text) as T;
    };
    await asAdmin('PATCH', '/organisation', { paymentMethods: ['card', 'venue'] });
    // Every checkout comes from this one address: its limit goes to the maximum (as in bench:booking),
    // so that a larger --count measures checkouts rather than refusals.
    await asAdmin('PATCH', '/rate-limits', { writePerAddress: 100_000 });
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
    startsAt.setUTCMinutes(0, 0, 0);
    const createClass = async (title: string, maxSpots: number): Promise<string> =>
      (
        await asAdmin<{ id: string }>('POST', '/classes', {
          title,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
          maxSpots,
          price: { amount: PRICE },
        })
      ).id;

    const phases: Phase[] = [
      {
        name: 'warm-up card',
        method: 'card',
        classId: await createClass('warm-up card', WARMUP),
        tag: 'warm-card',
        count: WARMUP,
      },
      {
        name: 'warm-up venue',
        method: 'venue',
        classId: await createClass('warm-up venue', WARMUP),
        tag: 'warm-venue',
        count: WARMUP,
      },
      { name: 'card (Stripe)', method: 'card', classId: await createClass('card', count), tag: 'card', count },
      { name: 'pay at venue', method: 'venue', classId: await createClass('venue', count), tag: 'venue', count },
    ];
    process.stdout.write(
      `bench:checkout on ${where}\n${count} checkouts per phase from ${concurrency} concurrent customers, each timed from its checkout until its booking is confirmed\n`,
    );
    const started = performance.now();
    const { results, stripe } = await load.run({ api, concurrency, phases });
    const seconds = (performance.now() - started) / 1000;

    // Report.
    const measured = results.slice(2);
    const header = ['phase', 'checkouts', 'confirmed', 'errors', 'other', 'seconds', 'confirmed/s', 'p50 ms', 'p99 ms'];
    const rows = measured.map((r) => {
      const sorted = [...r.latencies].sort((a, b) => a - b);
      const rate = (r.counts.booked / r.seconds).toFixed(1);
      return [
        r.name,
        sorted.length,
        r.counts.booked,
        r.counts.error,
        r.counts.unexpected + r.counts.full,
        r.seconds.toFixed(2),
        rate,
        percentile(sorted, 50).toFixed(1),
        percentile(sorted, 99).toFixed(1),
      ].map(String);
    });
    process.stdout.write(`\n${formatTable(header, rows)}`);
    const [card, venue] = measured as [PhaseResult, PhaseResult];
    const rate = (r: PhaseResult) => r.counts.booked / r.seconds;
    const median = (r: PhaseResult) =>
      percentile(
        [...r.latencies].sort((a, b) => a - b),
        50,
      );
    process.stdout.write(
      `\nratio venue : card = ${(rate(venue) / rate(card)).toFixed(2)} : 1 (confirmed/s); card p50 is ${(median(card) / median(venue)).toFixed(2)}x venue p50\n` +
        `(all four phases, warm-ups included, took ${seconds.toFixed(1)} s)\n`,
    );
    // What the local Stripe-shaped server itself spent, so that the card figure can be read without it.
    const answered = [...stripe.cardPhase.answeredMs].sort((a, b) => a - b);
    const perCheckout = answered.reduce((sum, ms) => sum + ms, 0) / card.latencies.length;
    process.stdout.write(
      `local Stripe server in the card phase: ${(stripe.cardPhase.requests / card.latencies.length).toFixed(2)} requests per checkout, ` +
        `each answered in p50 ${percentile(answered, 50).toFixed(1)} ms, p99 ${percentile(answered, 99).toFixed(1)} ms; ` +
        `${perCheckout.toFixed(1)} ms per checkout, so card p50 without it is about ${(median(card) - perCheckout).toFixed(1)} ms ` +
        `(${((median(card) - perCheckout) / median(venue)).toFixed(2)}x venue p50)\n`,
    );

    // The books.
    const problems: string[] = [];
    for (const r of results) {
      if (r.counts.error + r.counts.unexpected + r.counts.full === 0) continue;
      problems.push(
        `${r.name}: ${r.counts.error} errors (5xx/network), ${r.counts.unexpected + r.counts.full} unexpected answers, e.g.\n    ${r.samples.join('\n    ')}`,
      );
    }
    const cardCount = WARMUP + count;
    const [books] = await queryRows<{
      confirmed: number;
      other: number;
      succeeded: number;
      payments: number;
      refunds: number;
      spots_ok: boolean;
    }>(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM bookings WHERE status = 'confirmed') AS confirmed,
                 (SELECT count(*)::int FROM bookings WHERE status <> 'confirmed') AS other,
                 (SELECT count(*)::int FROM payments WHERE status = 'succeeded') AS succeeded,
                 (SELECT count(*)::int FROM payments) AS payments,
                 (SELECT count(*)::int FROM refunds) AS refunds,
                 (SELECT bool_and(c.spots_taken = (SELECT count(*) FROM bookings b WHERE b.class_id = c.id AND b.status <> 'cancelled')) FROM classes c) AS spots_ok`,
    );
    const expectedBookings = 2 * (WARMUP + count);
    const confirmedOk = books && books.confirmed === expectedBookings && books.other === 0;
    if (!confirmedOk)
      problems.push(
        `bookings: ${books?.confirmed} confirmed and ${books?.other} not, expected ${expectedBookings} confirmed`,
      );
    if (books?.succeeded !== cardCount || books.payments !== cardCount)
      problems.push(`payments: ${books?.succeeded} of ${books?.payments} succeeded, expected ${cardCount}`);
    if (books?.refunds !== 0 || stripe.refunds !== 0)
      problems.push(`refunds: ${books?.refunds} here, ${stripe.refunds} at Stripe, expected none`);
    if (!books?.spots_ok) problems.push('spots_taken does not match the bookings');
    if (stripe.succeeded !== cardCount || stripe.intents !== cardCount)
      problems.push(`Stripe: ${stripe.succeeded} of ${stripe.intents} PaymentIntents succeeded, expected ${cardCount}`);
    const integrity = await asAdmin<{ clean: boolean }>('GET', '/integrity');
    if (!integrity.clean) problems.push(`integrity report: ${JSON.stringify(integrity)}`);

    process.stdout.write(
      problems.length > 0
        ? `\nFAILED:\n  ${problems.join('\n  ')}\n`
        : `\nOK: ${expectedBookings} bookings confirmed, ${cardCount} card payments each charged once at the local Stripe and recorded once, nothing refunded, integrity report empty\n`,
    );
    return problems.length > 0 ? 1 : 0;
  } finally {
    await cleanup.run();
  }
}

if (process.argv.includes(LOAD_PROCESS)) {
  loadProcess().catch((error: unknown) => {
    console.error('the load process failed:', error);
    process.exit(1);
  });
} else {
  exitWith(main(), 'bench:checkout');
}
