/**
 * `npm run bench:embedded [-- --guests=300 --spots=20 --reads=1000]`: the embedded database (the
 * default a newcomer runs) at a class's opening.
 *
 * Slotwise is compiled and started in a child process as `npm start` starts it (the same flags and
 * environment), on a fresh data directory with its demo data. An admin creates a class of `--spots`
 * spots a week ahead and lifts the limit of bookings per address (every guest comes from this one);
 * then `--guests` guests book it at the same instant, each on a connection of their own, and the
 * table prints how long the answers took (p50, p99, the last) and how many were booked and refused.
 * Then `--reads` reads of the class list and the class, 32 at a time, and the server's resident
 * memory after each step. Goals (issue 14): the last answer of the rush within 2 s, and the server
 * under 250 MB.
 *
 * Exit code 1 unless exactly min(spots, guests) are booked, every other guest hears capacity_full,
 * the class shows no spot left, and every read answers 200.
 */
import http from 'node:http';
import {
  ADMIN,
  createCleanup,
  exitWith,
  formatTable,
  parseIntOptions,
  percentile,
  residentMb,
  signInAdmin,
  startCompiledSlotwise,
} from './support.ts';

interface Answer {
  status: number;
  code: string | undefined;
  ms: number;
}

/** One POST on a connection of its own (no agent): what a crowd of browsers sends. */
function post(url: string, body: unknown, started: number): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const ms = performance.now() - started;
          const text = Buffer.concat(chunks).toString('utf8');
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
          } catch {
            code = undefined;
          }
          resolve({ status: response.statusCode ?? 0, code, ms });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

async function main(): Promise<number> {
  const options = parseIntOptions({
    guests: { default: 300, min: 1, max: 2000 },
    spots: { default: 20, min: 1, max: 1000 },
    reads: { default: 1000, min: 0, max: 100_000 },
  });
  const cleanup = createCleanup();
  try {
    const { child, api } = await startCompiledSlotwise(
      'embedded',
      { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DATABASE_URL: undefined },
      cleanup,
    );
    const memory: string[][] = [['started', residentMb(child.pid).toFixed(0)]];

    const { cookie, csrfToken } = await signInAdmin(api);
    const asAdmin = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
    const limits = await fetch(`${api}/rate-limits`, {
      method: 'PATCH',
      headers: asAdmin,
      body: JSON.stringify({ writePerAddress: 100_000 }),
    });
    if (limits.status !== 200) throw new Error(`raising the rate limit answered ${limits.status}`);
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
    startsAt.setUTCMinutes(0, 0, 0);
    const created = await fetch(`${api}/classes`, {
      method: 'POST',
      headers: asAdmin,
      body: JSON.stringify({
        title: 'Opening rush',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3600_000).toISOString(),
        maxSpots: options.spots,
        price: { amount: 15000 },
      }),
    });
    if (created.status !== 201) throw new Error(`creating the class answered ${created.status}`);
    const classId = ((await created.json()) as { id: string }).id;

    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: options.guests }, (_, i) =>
        post(`${api}/bookings`, { classId, guest: { name: `Guest ${i}`, email: `rush-${i}@example.test` } }, started),
      ),
    );
    memory.push([`after the rush of ${options.guests}`, residentMb(child.pid).toFixed(0)]);
    const booked = answers.filter((answer) => answer.status === 201).length;
    const refused = answers.filter((answer) => answer.status === 409 && answer.code === 'capacity_full').length;
    const others = answers.length - booked - refused;
    const times = answers.map((answer) => answer.ms).sort((a, b) => a - b);
    const detail = await fetch(`${api}/classes/${classId}`);
    const spotsLeft = ((await detail.json()) as { spotsLeft: number }).spotsLeft;

    let failedReads = 0;
    const readUrls = [`${api}/classes`, `${api}/classes/${classId}`];
    for (let done = 0; done < options.reads; done += 32) {
      const batch = Array.from({ length: Math.min(32, options.reads - done) }, (_, i) =>
        fetch(readUrls[(done + i) % 2] as string).then(async (response) => {
          await response.arrayBuffer();
          if (response.status !== 200) failedReads += 1;
        }),
      );
      await Promise.all(batch);
    }
    memory.push([`after ${options.reads} reads`, residentMb(child.pid).toFixed(0)]);

    const expected = Math.min(options.spots, options.guests);
    process.stdout.write(
      `bench:embedded  ${options.guests} guests at once on a class of ${options.spots}, on the embedded database (PGlite), server started as npm start starts it\n\n`,
    );
    process.stdout.write(
      formatTable(
        ['guests', 'booked', 'capacity_full', 'other', 'p50 ms', 'p99 ms', 'last answer ms', 'spots left'],
        [
          [
            String(options.guests),
            String(booked),
            String(refused),
            String(others),
            percentile(times, 50).toFixed(0),
            percentile(times, 99).toFixed(0),
            (times.at(-1) ?? Number.NaN).toFixed(0),
            String(spotsLeft),
          ],
        ],
      ),
    );
    process.stdout.write(`\n${formatTable(['server', 'resident MB'], memory)}`);
    const problems = [
      booked !== expected && `${booked} booked, expected ${expected}`,
      refused !== options.guests - expected && `${refused} capacity_full, expected ${options.guests - expected}`,
      spotsLeft !== options.spots - expected && `${spotsLeft} spots left, expected ${options.spots - expected}`,
      failedReads > 0 && `${failedReads} reads did not answer 200`,
    ].filter(Boolean);
    for (const problem of problems) process.stdout.write(`FAILED: ${problem}\n`);
    if (problems.length === 0) process.stdout.write('\nOK: the right number booked, every other guest refused\n');
    return problems.length === 0 ? 0 : 1;
  } finally {
    await cleanup.run();
  }
}

exitWith(main(), 'bench:embedded');
