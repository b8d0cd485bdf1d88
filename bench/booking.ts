/**
 * Booking rush benchmark: `npm run bench:booking [-- --requests=2000 --rounds=3 --concurrency=32 --pool=20]`.
 *
 * Against the PostgreSQL server in DATABASE_URL (meant to be on loopback) it creates a throwaway
 * database, migrates it, starts the real app in this process on 127.0.0.1 and measures:
 *
 *   app       N guest bookings over HTTP (POST /api/v1/bookings, distinct emails) on one hot class
 *             whose capacity is 75% of N, from `concurrency` fetch workers in a child process (so the
 *             load generator does not share the app's event loop): every request
 *             goes through routing, validation, the context hook, createBooking and its audit row.
 *   baseline  N minimal booking transactions straight to the database, same concurrency, a pool of
 *             the same size as the app's, on a second class of the same capacity:
 *             BEGIN; lock the class row FOR UPDATE and read its spots_taken (the count the app
 *             checks); if full ROLLBACK, else INSERT the customer and the booking; COMMIT.
 *
 * The two phases alternate for `rounds` rounds, each on classes of its own, and the median round's
 * ratio is the figure: on a shared machine whose speed drifts, each round's two phases see the same
 * machine. The limit of bookings per address is raised for the run (all come from one address).
 *
 * It prints both rates, their ratio, p50/p99 latency and, for every class, the overbooking count
 * (bookings beyond capacity, must be 0). Exit code 1 on overbooking, a 5xx or network error, or an
 * answer that is neither a booking nor capacity_full. The database is dropped at the end, also on
 * failure. A short warm-up of both paths runs first, on classes of their own.
 */
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { ensureAdmin } from '../src/modules/auth/auth.service.ts';
import { ensureDefaultOrganisation } from '../src/modules/orgs/orgs.service.ts';
import { systemClock } from '../src/platform/clock.ts';
import { loadConfig } from '../src/platform/config.ts';
import { createLogger } from '../src/platform/logger.ts';
import { migrate } from '../src/platform/migrate.ts';
import { type PhaseResult, rush, rushOverHttp } from './rush.ts';
import {
  ADMIN,
  alignRow,
  createCleanup,
  exitWith,
  formatTable,
  isPostgresUrl,
  listenOnLoopback,
  openBenchDatabase,
  parseIntOptions,
  percentile,
  signInAdmin,
} from './support.ts';

const WARMUP = 50;
const COUNTED = 20;

/*
 * Statements sent to the server, counted at the driver (every pg client's query), while only the
 * app is working: the round trips one booking costs, against the baseline's four.
 */
let statements = 0;
const driverQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (driverQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
const REQUEST_TIMEOUT_MS = 30_000;

function parseOptions() {
  return parseIntOptions({
    requests: { default: 2000, min: 10, max: 100_000 },
    rounds: { default: 3, min: 1, max: 10 },
    concurrency: { default: 32, min: 1, max: 256 },
    pool: { default: 20, min: 1, max: 200 },
  });
}

interface ClassLock {
  max_spots: number;
  spots_taken: number;
  price_amount: number;
  currency: string;
}

async function main(): Promise<number> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl || !isPostgresUrl(serverUrl)) {
    process.stderr.write(
      'bench:booking needs a PostgreSQL server: set DATABASE_URL to a postgres:// URL of a role that may create databases,\n' +
        'for example:  DATABASE_URL=postgres://slotwise@127.0.0.1:5432/postgres npm run bench:booking\n' +
        'A throwaway database bench_<random> is created on it and dropped at the end.\n',
    );
    return 1;
  }
  const { requests, rounds, concurrency, pool: poolSize } = parseOptions();
  const capacity = Math.min(10_000, Math.ceil(requests * 0.75));
  const cleanup = createCleanup();

  try {
    // The app, as main.ts starts it, on a fresh migrated database.
    const { database, url } = await openBenchDatabase(serverUrl, { prefix: 'bench', pool: poolSize }, cleanup);
    const dbName = new URL(url).pathname.slice(1);
    await migrate(database);
    const org = await ensureDefaultOrganisation(database.db);
    await ensureAdmin(database.db, org, ADMIN);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      DATABASE_POOL_MAX: String(poolSize),
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    const logger = createLogger(config.logLevel);
    const app = await buildApp({ config, database, db: database.db, clock: systemClock, logger, cardGateway: null });
    cleanup.add(() => app.close());
    const api = await listenOnLoopback(app);

    // The baseline's own pool, as large as the app's; also used for setup and checks.
    const pool = new pg.Pool({ connectionString: url, max: poolSize, statement_timeout: REQUEST_TIMEOUT_MS });
    pool.on('error', () => {});
    cleanup.add(() => pool.end());

    // Sign in as admin through the API and create the classes there.
    const { cookie, csrfToken } = await signInAdmin(api);
    // Every booking comes from this one address: the limit per address goes to its maximum, so that
    // the rounds measure the booking path (the counter is still written on every request).
    const limits = await fetch(`${api}/rate-limits`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ writePerAddress: 100_000 }),
    });
    if (limits.status !== 200)
      throw new Error(`raising the rate limit answered ${limits.status}: ${await limits.text()}`);
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
    startsAt.setUTCMinutes(0, 0, 0);
    const createClass = async (title: string, maxSpots: number): Promise<{ id: string; title: string }> => {
      const response = await fetch(`${api}/classes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify({
          title,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
          maxSpots,
          price: { amount: 15000 },
        }),
      });
      if (response.status !== 201) {
        throw new Error(`creating class ${title} answered ${response.status}: ${await response.text()}`);
      }
      return { id: ((await response.json()) as { id: string }).id, title };
    };
    const classes: Record<string, { id: string; title: string }> = {
      warmApp: await createClass('warm-up app', WARMUP / 2),
      counted: await createClass('counted app', COUNTED),
      warmBase: await createClass('warm-up baseline', WARMUP / 2),
    };
    for (let round = 1; round <= rounds; round++) {
      classes[`app${round}`] = await createClass(`hot app ${round}`, capacity);
      classes[`base${round}`] = await createClass(`hot baseline ${round}`, capacity);
    }
    const classOf = (key: string) => {
      const found = classes[key];
      if (!found) throw new Error(`no class ${key}`);
      return found.id;
    };

    const bookingInsert = `
      WITH customer AS (INSERT INTO customers (org_id, email, name) VALUES ($1, $2, $3) RETURNING id)
      INSERT INTO bookings
        (org_id, class_id, customer_id, spots, status, price_amount, currency, payment_method, source)
      SELECT $1, $4, customer.id, 1, 'confirmed', $5, $6, 'venue', 'guest' FROM customer`;
    const bookDirectly = (classId: string, tag: string) => async (i: number) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<ClassLock>(
          'SELECT max_spots, spots_taken, price_amount, currency FROM classes WHERE id = $1 FOR UPDATE',
          [classId],
        );
        const cls = rows[0];
        if (!cls) throw new Error('class row missing');
        if (cls.spots_taken + 1 > cls.max_spots) {
          await client.query('ROLLBACK');
          return 'full';
        }
        const email = `${tag}-${i}@bench.test`;
        await client.query(bookingInsert, [org.id, email, `Guest ${i}`, classId, cls.price_amount, cls.currency]);
        await client.query('COMMIT');
        return 'booked';
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    };

    process.stdout.write(
      `bench:booking  requests=${requests} per phase, rounds=${rounds}, concurrency=${concurrency}, app pool=${poolSize}, baseline pool=${poolSize}, ` +
        `capacity=${capacity}, database=${new URL(serverUrl).host}/${dbName}\n`,
    );
    const warmups = [
      await rushOverHttp({
        name: 'warm-up app',
        api,
        classId: classOf('warmApp'),
        tag: 'warm-app',
        count: WARMUP,
        concurrency,
      }),
      await rush('warm-up baseline', WARMUP, concurrency, bookDirectly(classOf('warmBase'), 'warm-base')),
    ];
    // One booking at a time, so that the count is the app's alone.
    const before = statements;
    const counted = await rushOverHttp({
      name: 'counted app',
      api,
      classId: classOf('counted'),
      tag: 'counted',
      count: COUNTED,
      concurrency: 1,
    });
    const perBooking = (statements - before) / counted.counts.booked;
    warmups.push(counted);
    // The phases alternate, app then baseline, round after round: a machine whose speed drifts (a
    // shared host) moves both sides of each round's ratio alike, and the median round is reported.
    const results: PhaseResult[] = [];
    for (let round = 1; round <= rounds; round++) {
      results.push(
        await rushOverHttp({
          name: `app (HTTP) ${round}`,
          api,
          classId: classOf(`app${round}`),
          tag: `app${round}`,
          count: requests,
          concurrency,
        }),
        await rush(
          `baseline (SQL) ${round}`,
          requests,
          concurrency,
          bookDirectly(classOf(`base${round}`), `base${round}`),
        ),
      );
    }

    // Report.
    const header = ['phase', 'requests', 'booked', 'full', 'errors', 'other', 'seconds', 'req/s', 'p50 ms', 'p99 ms'];
    const rows = results.map((r) => {
      const sorted = [...r.latencies].sort((a, b) => a - b);
      const { booked, full, error, unexpected } = r.counts;
      const rate = (sorted.length / r.seconds).toFixed(0);
      const [p50, p99] = [percentile(sorted, 50).toFixed(1), percentile(sorted, 99).toFixed(1)];
      return [r.name, sorted.length, booked, full, error, unexpected, r.seconds.toFixed(2), rate, p50, p99].map(String);
    });
    process.stdout.write(`\n${formatTable(header, rows)}`);
    const rate = (r: PhaseResult) => r.latencies.length / r.seconds;
    const ratios = Array.from({ length: rounds }, (_, i) => {
      const [app, base] = [results[2 * i], results[2 * i + 1]] as [PhaseResult, PhaseResult];
      return rate(app) / rate(base);
    });
    const median = [...ratios].sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? Number.NaN;
    process.stdout.write(
      `\nratio app / baseline: ${median.toFixed(3)} (req/s; the median of ${rounds} rounds: ${ratios.map((r) => r.toFixed(3)).join(', ')})\n`,
    );
    process.stdout.write(
      `statements per booking: app ${perBooking.toFixed(1)} (${COUNTED} bookings one at a time), baseline 4 (BEGIN, SELECT … FOR UPDATE, INSERT, COMMIT)\n`,
    );

    let failed = false;
    for (const r of [...warmups, ...results]) {
      if (r.counts.error + r.counts.unexpected === 0) continue;
      failed = true;
      const { error, unexpected } = r.counts;
      process.stdout.write(`\n${r.name}: ${error} errors (5xx/network), ${unexpected} unexpected answers, e.g.\n`);
      for (const sample of r.samples) process.stdout.write(`  ${sample}\n`);
    }

    // Overbooking check: active spots booked against capacity, and the trigger-kept counter.
    const { rows: checks } = await pool.query<{
      title: string;
      max_spots: number;
      spots_taken: number;
      active: number;
    }>(
      `SELECT c.title, c.max_spots, c.spots_taken,
              coalesce(sum(b.spots) FILTER (WHERE b.status <> 'cancelled'), 0)::int AS active
         FROM classes c LEFT JOIN bookings b ON b.class_id = c.id
        WHERE c.id = ANY($1) GROUP BY c.org_id, c.id ORDER BY c.created_at`,
      [Object.values(classes).map((c) => c.id)],
    );
    const checkWidths = [19, 8, 6, 11, 10];
    process.stdout.write(`\n${alignRow(['class', 'capacity', 'booked', 'spots_taken', 'overbooked'], checkWidths)}\n`);
    for (const c of checks) {
      const overbooked = Math.max(0, c.active - c.max_spots);
      if (overbooked > 0 || c.spots_taken !== c.active) failed = true;
      const mismatch = c.spots_taken !== c.active ? '  spots_taken does not match the bookings!' : '';
      const cells = [c.title, ...[c.max_spots, c.active, c.spots_taken, overbooked].map(String)];
      process.stdout.write(`${alignRow(cells, checkWidths)}${mismatch}\n`);
    }
    process.stdout.write(failed ? '\nFAILED: see above\n' : '\nOK: no overbooking, no errors\n');
    return failed ? 1 : 0;
  } finally {
    await cleanup.run();
  }
}

exitWith(main(), 'bench:booking');
