/**
 * Slot-engine benchmark: `npm run bench:slots [-- --iterations=2000 --http-requests=40]`.
 *
 * Runs the fixed workload of ../shared/bench (slots-workload.md): writes the inputs with workload.mjs into a
 * temporary directory, maps each into a `SlotRequest`, and times one full-month request per workload in
 * process (the engine alone, data already loaded), after a warm-up. As the same-run baseline it times a
 * naive reference, a straightforward per-candidate check (every interval step of the month, each tested
 * against every working window and every booking, offsets from luxon), so figures compare across machines
 * as ratios. Every engine answer is checked by the workload's brute-force oracle (spawned): OK, or the
 * differences and exit code 1.
 *
 * Then over HTTP (slots-http.ts): each of w1l, w2l, w3, w4 and w5 in a fresh embedded database, served by
 * the real app on 127.0.0.1, one full-month GET /services/{id}/slots timed `--http-requests` times after a
 * warm-up (and one untimed round of w1l first, to warm the process up), every answer checked by the
 * oracle, beside the in-process figure of this run and a small public read for scale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import {
  computeSlots,
  type DateOverride,
  type IsoWeekday,
  type ProviderAvailability,
  type SlotRequest,
  type WeeklyInterval,
} from '../src/modules/availability/availability.ts';
import { wallToInstant, zoneOffsets } from '../src/modules/availability/zone-offsets.ts';
import { type HttpFigures, measureWorkloadOverHttp } from './slots-http.ts';

/** The shape of `<w>-input.json` (the fields the engine needs). */
export interface WorkloadInput {
  workload: string;
  viewerTimeZone: string;
  range: { start: string; end: string; firstLocalDate: string; lastLocalDate: string };
  event: {
    lengthMinutes: number;
    slotIntervalMinutes: number;
    minimumBookingNoticeMinutes: number;
    beforeEventBufferMinutes: number;
    afterEventBufferMinutes: number;
  };
  semantics: string;
  providers: {
    id: number;
    timeZone: string;
    weeklyHours: { days: number[]; start: string; end: string }[];
    dateOverrides: { date: string; start: string; end: string }[];
    bookings: { start: string; end: string }[];
  }[];
}

export const WORKLOAD_NOW = Date.parse('2027-03-01T00:00:00Z');
const sharedBenchPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/bench');
/** The shared workload beside the checkout, by its real path: its scripts run only when started by their own name. */
export const SHARED_BENCH = existsSync(sharedBenchPath) ? realpathSync(sharedBenchPath) : sharedBenchPath;
export const sharedBenchAvailable = existsSync(SHARED_BENCH);

/** Cal.com's "23:59" means midnight; the engine spells it "24:00". */
const endTime = (end: string): string => (end === '23:59' ? '24:00' : end);

/** A workload input as the engine's request: the range [start, end] becomes [start, end + 1 ms). */
export function workloadToRequest(input: WorkloadInput, now = WORKLOAD_NOW): SlotRequest {
  const providers: ProviderAvailability[] = input.providers.map((p) => {
    const weeklyHours: WeeklyInterval[] = p.weeklyHours.flatMap((rule) =>
      rule.days.map((day) => ({
        weekday: (day === 0 ? 7 : day) as IsoWeekday,
        start: rule.start,
        end: endTime(rule.end),
      })),
    );
    const overrides = new Map<string, DateOverride>();
    for (const o of p.dateOverrides) {
      const override = overrides.get(o.date) ?? { date: o.date, intervals: [] };
      if (o.start !== o.end) override.intervals.push({ start: o.start, end: endTime(o.end) });
      overrides.set(o.date, override);
    }
    return {
      providerId: String(p.id),
      timeZone: p.timeZone,
      weeklyHours,
      dateOverrides: [...overrides.values()],
      busy: p.bookings.map((b) => ({ start: Date.parse(b.start), end: Date.parse(b.end) })),
    };
  });
  return {
    service: {
      durationMinutes: input.event.lengthMinutes,
      slotIntervalMinutes: input.event.slotIntervalMinutes,
      minimumNoticeMinutes: input.event.minimumBookingNoticeMinutes,
      bufferBeforeMinutes: input.event.beforeEventBufferMinutes,
      bufferAfterMinutes: input.event.afterEventBufferMinutes,
    },
    providers,
    now,
    from: Date.parse(input.range.start),
    to: Date.parse(input.range.end) + 1,
  };
}

/** Writes the workload inputs into `dir` with the shared generator; returns their paths by name. */
export function generateWorkloads(dir: string): Map<string, string> {
  const run = spawnSync(process.execPath, [path.join(SHARED_BENCH, 'workload.mjs'), dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`workload.mjs failed: ${run.stderr}`);
  const files = new Map<string, string>();
  for (const match of run.stdout.matchAll(/^(\S+-input\.json)/gm)) {
    const file = match[1] as string;
    files.set(path.basename(file, '-input.json'), path.resolve(file));
  }
  return files;
}

/** Runs the shared oracle on an answer; returns its output and whether it agreed. */
export function checkWithOracle(
  inputFile: string,
  starts: number[],
  now = WORKLOAD_NOW,
): { ok: boolean; output: string } {
  const answerFile = inputFile.replace(/-input\.json$/, '-slots.json');
  writeFileSync(answerFile, JSON.stringify(starts.map((t) => new Date(t).toISOString())));
  const run = spawnSync(
    process.execPath,
    [path.join(SHARED_BENCH, 'oracle.mjs'), inputFile, answerFile, '--now', new Date(now).toISOString()],
    { encoding: 'utf8' },
  );
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/**
 * The naive baseline: for every interval step of the range, test every working window (built per
 * provider-local date with luxon) and every booking. Same semantics as the engine for these inputs.
 */
function naiveSlots(request: SlotRequest): number[] {
  const { service } = request;
  const step = service.slotIntervalMinutes * 60_000;
  const duration = service.durationMinutes * 60_000;
  const before = (service.bufferBeforeMinutes ?? 0) * 60_000;
  const after = (service.bufferAfterMinutes ?? 0) * 60_000;
  const earliest = Math.max(request.from, request.now + (service.minimumNoticeMinutes ?? 0) * 60_000);
  const providers = request.providers.map((p) => {
    const windows: [number, number][] = [];
    let day = DateTime.fromMillis(request.from, { zone: p.timeZone }).startOf('day').minus({ days: 1 });
    const last = DateTime.fromMillis(request.to, { zone: p.timeZone }).startOf('day');
    for (; day <= last; day = day.plus({ days: 1 })) {
      const date = day.toISODate() as string;
      const override = p.dateOverrides?.find((o) => o.date === date);
      const intervals = override ? override.intervals : p.weeklyHours.filter((w) => w.weekday === day.weekday);
      for (const interval of intervals) {
        const at = (hhmm: string) =>
          day.plus({ hours: Number(hhmm.slice(0, 2)), minutes: Number(hhmm.slice(3, 5)) }).toMillis();
        windows.push([
          DateTime.fromISO(`${date}T${interval.start}`, { zone: p.timeZone }).toMillis(),
          interval.end === '24:00'
            ? at('24:00')
            : DateTime.fromISO(`${date}T${interval.end}`, { zone: p.timeZone }).toMillis(),
        ]);
      }
    }
    return { windows, busy: p.busy ?? [] };
  });
  const out: number[] = [];
  for (let t = Math.ceil(earliest / step) * step; t < request.to; t += step) {
    const end = t + duration;
    const free = providers.some(
      (p) =>
        p.windows.some(([s, e]) => s <= t && end <= e) &&
        !p.busy.some((b) => b.start - before < end && b.end + after > t),
    );
    if (free) out.push(t);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function time(fn: () => unknown, iterations: number): { p50: number; p95: number } {
  for (let i = 0; i < Math.min(200, iterations); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * Why Intl with memoised offsets rather than luxon: the cost of turning one provider-local wall time into
 * an instant, per call, for a year of quarter-hours in Stockholm (DST changes included).
 */
function conversionCosts(): string {
  const zone = 'Europe/Stockholm';
  const walls: number[] = [];
  for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 0, 1); t += 15 * 60_000 * 97) walls.push(t);
  const perCall = (fn: (wall: number) => number): number => {
    let sink = 0;
    for (const wall of walls) sink += fn(wall); // warm-up
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < 5; r++) for (const wall of walls) sink += fn(wall);
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / (5 * walls.length);
    return sink === 0 ? Number.NaN : us;
  };
  const luxon = perCall((wall) => {
    const d = new Date(wall);
    return DateTime.fromObject(
      {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
      },
      { zone },
    ).toMillis();
  });
  const offsets = zoneOffsets(zone);
  const memoised = perCall((wall) => wallToInstant(offsets, wall));
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', hour: 'numeric' });
  const intl = perCall((wall) => format.formatToParts(wall).length);
  return (
    `wall time → instant, µs per call: luxon ${luxon.toFixed(2)}, one bare Intl formatToParts ${intl.toFixed(2)} ` +
    `(a conversion needs 2–3), the engine's memoised Intl ${memoised.toFixed(3)}`
  );
}

const HTTP_WORKLOADS = ['w1l', 'w2l', 'w3', 'w4', 'w5'];
// The app is new for each workload and the first one also warms the process's JIT up.
const HTTP_WARMUP = 20;

function intOption(name: string, fallback: number, min: number, max: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

async function main(): Promise<void> {
  const iterations = intOption('iterations', 2000, 10, 1_000_000);
  // A few hundred requests in all: a warm-up round, then five workloads, each warmed up and timed this many times.
  const httpRequests = intOption('http-requests', 40, 0, 200);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slotwise-slots-'));
  let wrong = 0;
  try {
    const files = generateWorkloads(dir);
    const rows: string[] = [];
    const inProcessP50 = new Map<string, number>();
    // The very first request of the process: JIT cold, no offsets memoised yet.
    const first = workloadToRequest(JSON.parse(readFileSync(files.get('w1l') as string, 'utf8')) as WorkloadInput);
    const t0 = process.hrtime.bigint();
    computeSlots(first);
    const coldMs = Number(process.hrtime.bigint() - t0) / 1e6;
    for (const name of ['w1l', 'w2l', 'w3', 'w4', 'w5', 'w1', 'w2']) {
      const file = files.get(name);
      if (file === undefined) throw new Error(`workload ${name} missing`);
      const input = JSON.parse(readFileSync(file, 'utf8')) as WorkloadInput;
      const request = workloadToRequest(input);
      const starts = computeSlots(request).map((s) => s.start);
      const check = checkWithOracle(file, starts);
      const naive = naiveSlots(request);
      const naiveAgrees = naive.length === starts.length && naive.every((t, i) => t === starts[i]);
      if (!check.ok || !naiveAgrees) wrong++;
      const engine = time(() => computeSlots(request), iterations);
      inProcessP50.set(name, engine.p50);
      const baseline = time(() => naiveSlots(request), Math.max(20, Math.floor(iterations / 50)));
      rows.push(
        [
          name.padEnd(4),
          String(starts.length).padStart(5),
          engine.p50.toFixed(3).padStart(8),
          engine.p95.toFixed(3).padStart(8),
          baseline.p50.toFixed(2).padStart(9),
          `${(baseline.p50 / engine.p50).toFixed(0)}×`.padStart(7),
          check.ok ? 'OK' : 'WRONG',
          naiveAgrees ? '' : '(naive baseline disagrees)',
        ].join('  '),
      );
      if (!check.ok) rows.push(check.output);
    }
    console.log(`slot engine, in process, ${iterations} iterations after warm-up (node ${process.version})`);
    console.log('id    slots  p50 ms   p95 ms   naive p50  ratio  oracle');
    for (const row of rows) console.log(row);
    console.log('goals: w1l p50 ≤ 0.4 ms, w2l p50 ≤ 2.5 ms');
    console.log(`first request of the process (w1l, cold): ${coldMs.toFixed(2)} ms`);
    console.log(conversionCosts());

    if (httpRequests > 0) {
      const figures: HttpFigures[] = [];
      // The process's first app and database are slower for a while (JIT, PGlite's first statements);
      // a served app is warm, so one untimed round of w1l goes first.
      await measureWorkloadOverHttp('w1l', files.get('w1l') as string, 1, HTTP_WARMUP * 2);
      for (const name of HTTP_WORKLOADS) {
        figures.push(await measureWorkloadOverHttp(name, files.get(name) as string, httpRequests, HTTP_WARMUP));
      }
      console.log(
        `\nover HTTP: GET /api/v1/services/{id}/slots for the month, the real app on 127.0.0.1 and the embedded ` +
          `database (PGlite, in memory), ${httpRequests} requests each after ${HTTP_WARMUP}, one at a time`,
      );
      console.log('id    slots  rows/bookings  p50 ms   p95 ms  listSlots p50  engine p50  GET service p50  oracle');
      for (const f of figures) {
        const engineP50 = inProcessP50.get(f.name) ?? Number.NaN;
        console.log(
          [
            f.name.padEnd(4),
            String(f.slots).padStart(5),
            `${f.rows}/${f.bookings}`.padStart(13),
            f.p50.toFixed(2).padStart(7),
            f.p95.toFixed(2).padStart(7),
            f.serviceP50.toFixed(2).padStart(13),
            engineP50.toFixed(3).padStart(10),
            f.detailP50.toFixed(2).padStart(15),
            f.ok ? (f.name === 'w3' ? 'OK (on the claims)' : 'OK') : 'WRONG',
          ].join('  '),
        );
        if (!f.ok) {
          wrong++;
          console.log(f.output);
        }
      }
      console.log(
        `goal: w1l p50 ≤ 5 ms over HTTP. Load average now ${os
          .loadavg()
          .map((n) => n.toFixed(1))
          .join(' ')} on ${os.availableParallelism()} cores; "GET service" (GET /services/{id}: the organisation, ` +
          'the service, its providers) is the same machine at the same moment, for scale.',
      );
      console.log(
        'rows/bookings: overlapping workload bookings of a provider become one appointment (the database allows no ' +
          'overlap); same busy time.\n' +
          "w3: the database keeps each appointment's own buffers (after + before between two), the workload counts " +
          'one; its answer is checked by the oracle on the bookings as claims, buffers swapped.',
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (wrong > 0) {
    console.error(`${wrong} workload(s) answered wrong`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error('bench:slots failed:', error);
    process.exitCode = 1;
  });
}
