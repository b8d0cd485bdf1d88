/**
 * `npm run bench:reads`: how fast the public reads of a booking page are, against a Fastify
 * hello-world measured in the same run on the same machine.
 *
 * Each server runs in its own child process (the load generator, autocannon, runs in this one, so it
 * does not share the server's event loop): first the hello-world, then Slotwise, compiled and started
 * as `npm start` starts it (compiledServerCommand: the same flags and environment), on the embedded
 * database with its demo data, then — when DATABASE_URL names a PostgreSQL server — Slotwise on a
 * throwaway database of that server with the same demo data. For each, `--connections` keep-alive
 * connections hammer one URL for `--seconds`, `--rounds` times, each round right after a round of the
 * hello-world (which stays up all along), so that drift in a shared machine's speed touches both:
 *   - GET /api/v1/classes            the public class list (the week's demo classes)
 *   - GET /api/v1/classes/{id}       one class
 *   - GET /api/v1/services/{id}/slots  a month of slots of a demo service, any provider
 * and the table prints, for the round with the median ratio, requests per second, p50 and p99
 * latency, the ratio to its hello-world round, and the server's resident memory after the run, then
 * every round's ratio. Every answer must be a 200:
 * a run with any other status is reported as failed (exit code 1).
 */
import os from 'node:os';
import autocannon from 'autocannon';
import { createServerDatabase } from '../test/support/database.ts';
import {
  type Cleanup,
  createCleanup,
  exitWith,
  freePort,
  parseIntOptions,
  residentMb,
  startChild,
  startCompiledSlotwise,
  stopChild,
} from './support.ts';

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, connections: number, seconds: number): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function firstId(url: string, key: string): Promise<string> {
  const response = await fetch(url);
  const body = (await response.json()) as Record<string, { id: string }[]>;
  const id = body[key]?.[0]?.id;
  if (!id) throw new Error(`${url} listed no ${key}`);
  return id;
}

/** Slotwise with demo data on the given database; the public URLs to read. */
async function startSlotwise(database: Record<string, string | undefined>, cleanup: Cleanup) {
  const { child, api } = await startCompiledSlotwise('reads', database, cleanup);
  const classId = await firstId(`${api}/classes`, 'classes');
  const serviceId = await firstId(`${api}/services`, 'services');
  const from = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    child,
    reads: [
      ['class list', `${api}/classes`],
      ['class detail', `${api}/classes/${classId}`],
      ['slots, a month', `${api}/services/${serviceId}/slots?from=${from}&to=${to}`],
    ] as const,
  };
}

async function main(): Promise<number> {
  const options = parseIntOptions({
    connections: { default: 32, min: 1, max: 256 },
    seconds: { default: 3, min: 1, max: 60 },
    rounds: { default: 3, min: 1, max: 9 },
  });
  const cleanup = createCleanup();
  let failed = false;
  try {
    const rows: string[] = [];
    const row = (name: string, what: string, figures: Figures, baseline: number, rss: number, spread = '') => {
      if (figures.non2xx > 0 || figures.errors > 0) failed = true;
      rows.push(
        [
          name.padEnd(10),
          what.padEnd(16),
          figures.requestsPerSecond.toFixed(0).padStart(8),
          figures.p50.toFixed(1).padStart(7),
          figures.p99.toFixed(1).padStart(7),
          (figures.requestsPerSecond / baseline).toFixed(3).padStart(7),
          Number.isNaN(rss) ? '      ' : rss.toFixed(0).padStart(6),
          figures.non2xx + figures.errors > 0 ? `FAILED: ${figures.non2xx} non-2xx, ${figures.errors} errors` : spread,
        ].join('  '),
      );
    };

    const helloPort = await freePort();
    const hello = await startChild(
      ['--import', 'tsx', 'bench/reads-hello.ts'],
      { PORT: String(helloPort) },
      `http://127.0.0.1:${helloPort}/`,
      cleanup,
    );
    const helloUrl = `http://127.0.0.1:${helloPort}/`;
    await load(helloUrl, options.connections, 1);
    const helloFigures = await load(helloUrl, options.connections, options.seconds);
    row('hello', 'GET /', helloFigures, helloFigures.requestsPerSecond, residentMb(hello.pid));
    /*
     * Each read is measured `rounds` times, each right after a hello-world round: on a shared machine
     * whose speed drifts, a pair sees the same machine. The row is the pair with the median ratio.
     */
    const againstHello = async (url: string) => {
      await load(url, options.connections, 1); // untimed: the JIT and the database's caches warm up
      const pairs: { read: Figures; hello: number; ratio: number }[] = [];
      for (let round = 0; round < options.rounds; round++) {
        const hello = (await load(helloUrl, options.connections, options.seconds)).requestsPerSecond;
        const read = await load(url, options.connections, options.seconds);
        const pair = { read, hello, ratio: read.requestsPerSecond / hello };
        if (read.non2xx + read.errors > 0) return { ...pair, spread: '' };
        pairs.push(pair);
      }
      const sorted = [...pairs].sort((a, b) => a.ratio - b.ratio);
      const median = sorted[Math.floor(sorted.length / 2)] as (typeof pairs)[number];
      return { ...median, spread: `rounds ${pairs.map((p) => p.ratio.toFixed(3)).join(' ')}` };
    };

    const modes: [string, Record<string, string | undefined>][] = [['embedded', { DATABASE_URL: undefined }]];
    const serverUrl = process.env.DATABASE_URL;
    if (serverUrl) {
      const created = await createServerDatabase(serverUrl, 'slotwise_bench_reads');
      cleanup.add(() => created.drop());
      modes.push(['postgres', { DATABASE_URL: created.url }]);
    }
    for (const [name, database] of modes) {
      const slotwise = await startSlotwise(database, cleanup);
      for (const [what, url] of slotwise.reads) {
        const measured = await againstHello(url);
        row(name, what, measured.read, measured.hello, residentMb(slotwise.child.pid), measured.spread);
      }
      await stopChild(slotwise.child);
    }
    await stopChild(hello);

    console.log(
      `public reads, ${options.connections} keep-alive connections for ${options.seconds} s each, ${options.rounds} rounds against hello-world ` +
        `(autocannon in this process, each server in its own; node ${process.version}, ${os.cpus().length} cores)`,
    );
    console.log('server      read               req/s   p50 ms  p99 ms   ratio  RSS MB');
    for (const line of rows) console.log(line);
    console.log(
      'ratio: requests per second against the Fastify hello-world round just before it (the median of the rounds). Goal: class list ≥ 0.25 on postgres.',
    );
    if (!serverUrl) console.log('Set DATABASE_URL to a PostgreSQL server to measure the server database too.');
    console.log(
      `Load average now ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}.`,
    );
    return failed ? 1 : 0;
  } finally {
    await cleanup.run();
  }
}

exitWith(main(), 'bench:reads');
