/**
 * The HTTP half of `npm run bench:slots`: each workload loaded into a fresh embedded database (the
 * organisation, its providers with weekly hours and date overrides, the service, and the workload's
 * bookings as real appointment rows, so the triggers give them their provider claims), the real app
 * started on 127.0.0.1:0 with the workload's fixed "now", and one full-month
 * `GET /api/v1/services/{id}/slots` timed end to end from a keep-alive HTTP client in this process, one
 * request at a time. The same request is also timed one level down (`listSlots`: the database reads and
 * the engine, no HTTP) to show where the time goes, and `GET /services/{id}` (the organisation, the service
 * and its providers: a small public read) is timed the same way as a yardstick for the machine, whose load
 * moves every absolute figure. Every answer is checked by the workload's oracle.
 *
 * Two honest adjustments, both printed:
 * - The database allows no overlap between two claims of one provider (that is its point), while the
 *   workload's bookings may overlap ("they came from elsewhere"). Overlapping bookings of a provider
 *   are therefore inserted as one appointment covering them: the busy time, and so every slot, is the same.
 * - Buffers (w3 only): the database keeps each appointment's own buffers, so two appointments are
 *   separated by the first one's buffer after plus the second one's buffer before, where the workload
 *   counts one buffer. w3's answer is therefore checked by the oracle on the bookings as the database
 *   holds them: each booking widened by its buffers, with the service's buffers swapped (a new
 *   appointment at t must keep [t, t + length) clear of [claim start − after, claim end + before)).
 */
import http from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildApp } from '../src/app.ts';
import { listSlots } from '../src/modules/bookings/bookings.slots.ts';
import { ensureDefaultOrganisation } from '../src/modules/orgs/orgs.service.ts';
import {
  insertOverride,
  insertProvider,
  replaceProvidersOfService,
  replaceWeeklyHours,
} from '../src/modules/providers/providers.repo.ts';
import { insertService } from '../src/modules/services/services.repo.ts';
import { systemContext } from '../src/platform/context.ts';
import { loadConfig } from '../src/platform/config.ts';
import { type Database, openDatabase } from '../src/platform/db.ts';
import { createLogger } from '../src/platform/logger.ts';
import { migrate } from '../src/platform/migrate.ts';
import { insertAppointmentRow, insertGuestCustomer } from '../test/support/appointment-rows.ts';
import { type WorkloadInput, WORKLOAD_NOW, checkWithOracle, workloadToRequest } from './slots.ts';
import { listenOnLoopback, percentile } from './support.ts';

export interface HttpFigures {
  name: string;
  slots: number;
  /** appointment rows inserted for the workload's bookings (overlapping ones merged) */
  rows: number;
  bookings: number;
  p50: number;
  p95: number;
  /** listSlots alone: database reads and engine, no HTTP */
  serviceP50: number;
  /** GET /services/{id} over HTTP, the same way: a small public read, as this run's yardstick */
  detailP50: number;
  ok: boolean;
  output: string;
}

interface Loaded {
  serviceId: string;
  providerIds: string[];
  rows: number;
  bookings: number;
}

/** The workload as catalogue rows and appointment bookings of the default organisation. */
async function loadWorkload(database: Database, orgId: string, input: WorkloadInput): Promise<Loaded> {
  const { db } = database;
  const request = workloadToRequest(input);
  const providerIds: string[] = [];
  for (const [index, provider] of request.providers.entries()) {
    const row = await insertProvider(db, {
      orgId,
      name: `Provider ${index + 1}`,
      bio: '',
      timeZone: provider.timeZone,
      active: true,
    });
    providerIds.push(row.id);
    await replaceWeeklyHours(
      db,
      orgId,
      row.id,
      provider.weeklyHours.map((w) => ({ weekday: w.weekday, start: w.start, end: w.end, locationId: null })),
    );
    for (const override of provider.dateOverrides ?? []) {
      const intervals = override.intervals.map((i) => ({ start: i.start, end: i.end, locationId: null }));
      await insertOverride(db, orgId, row.id, override.date, intervals);
    }
  }
  const { service } = request;
  const before = service.bufferBeforeMinutes ?? 0;
  const after = service.bufferAfterMinutes ?? 0;
  const serviceRow = await insertService(db, {
    orgId,
    name: input.workload,
    description: '',
    durationMinutes: service.durationMinutes,
    bufferBeforeMinutes: before,
    bufferAfterMinutes: after,
    slotIntervalMinutes: service.slotIntervalMinutes,
    minimumNoticeMinutes: service.minimumNoticeMinutes ?? 0,
    maximumDaysAhead: 730,
    priceAmount: 0,
    currency: 'SEK',
    locationMode: 'remote',
    locationId: null,
    capacity: 1,
    active: true,
  });
  await replaceProvidersOfService(db, orgId, serviceRow.id, providerIds);

  const customerId = await insertGuestCustomer(db, orgId, 'bench-guest@example.test');
  let rows = 0;
  let bookings = 0;
  for (const [index, provider] of request.providers.entries()) {
    // Merged by their blocked ranges (the claims), which must not overlap; touching ones may stay apart.
    const sorted = [...(provider.busy ?? [])].sort((a, b) => a.start - b.start);
    bookings += sorted.length;
    const merged: { start: number; end: number }[] = [];
    for (const booking of sorted) {
      const last = merged[merged.length - 1];
      if (last && booking.start - before * 60_000 < last.end + after * 60_000) {
        last.end = Math.max(last.end, booking.end);
      } else {
        merged.push({ ...booking });
      }
    }
    for (const booking of merged) {
      await insertAppointmentRow(db, {
        orgId,
        serviceId: serviceRow.id,
        providerId: providerIds[index] as string,
        customerId,
        start: new Date(booking.start),
        end: new Date(booking.end),
        bufferBeforeMinutes: before,
        bufferAfterMinutes: after,
      });
      rows++;
    }
  }
  return { serviceId: serviceRow.id, providerIds, rows, bookings };
}

/** The input the oracle must agree with for the database's rule: w3's bookings as claims, buffers swapped. */
function oracleInputFor(file: string, input: WorkloadInput): string {
  const { beforeEventBufferMinutes: before, afterEventBufferMinutes: after } = input.event;
  if (before === 0 && after === 0) return file;
  const asClaims: WorkloadInput = {
    ...input,
    event: { ...input.event, beforeEventBufferMinutes: after, afterEventBufferMinutes: before },
    providers: input.providers.map((p) => ({
      ...p,
      bookings: p.bookings.map((b) => ({
        ...b,
        start: new Date(Date.parse(b.start) - before * 60_000).toISOString(),
        end: new Date(Date.parse(b.end) + after * 60_000).toISOString(),
      })),
    })),
  };
  const claimsFile = file.replace(/-input\.json$/, '-claims-input.json');
  writeFileSync(claimsFile, JSON.stringify(asClaims));
  return claimsFile;
}

const YARDSTICK_REQUESTS = 20;

/** One GET on a keep-alive agent: status, body, and the milliseconds until the last byte. */
function get(agent: http.Agent, url: string): Promise<{ status: number; body: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const request = http.get(url, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          ms: Number(process.hrtime.bigint() - t0) / 1e6,
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function timeAsync(fn: () => Promise<number>, warmup: number, iterations: number) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) samples.push(await fn());
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * Loads, serves and measures one workload: `requests` slots requests timed after `warmup` untimed ones,
 * over HTTP and through listSlots, and a few GET /services/{id} for scale.
 */
export async function measureWorkloadOverHttp(
  name: string,
  file: string,
  requests: number,
  warmup: number,
): Promise<HttpFigures> {
  const input = JSON.parse(readFileSync(file, 'utf8')) as WorkloadInput;
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await migrate(database);
    const org = await ensureDefaultOrganisation(database.db);
    const loaded = await loadWorkload(database, org.id, input);
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DEMO_DATA: 'false', PORT: '0' });
    const clock = { now: () => new Date(WORKLOAD_NOW) };
    app = await buildApp({
      config,
      database,
      db: database.db,
      clock,
      logger: createLogger(config.logLevel),
      cardGateway: null,
    });
    const api = await listenOnLoopback(app);
    const query = {
      from: input.range.firstLocalDate,
      to: input.range.lastLocalDate,
      timeZone: input.viewerTimeZone,
      ...(loaded.providerIds.length === 1 ? { provider: loaded.providerIds[0] as string } : {}),
    };
    const url = `${api}/services/${loaded.serviceId}/slots?${new URLSearchParams(query)}`;

    const first = await get(agent, url);
    if (first.status !== 200) throw new Error(`${name}: GET slots answered ${first.status}: ${first.body}`);
    const starts = (JSON.parse(first.body) as { slots: { start: string }[] }).slots.map((s) => Date.parse(s.start));
    const check = checkWithOracle(oracleInputFor(file, input), starts);

    const overHttp = await timeAsync(
      async () => {
        const response = await get(agent, url);
        if (response.status !== 200) throw new Error(`${name}: GET slots answered ${response.status}`);
        return response.ms;
      },
      warmup,
      requests,
    );
    const detail = await timeAsync(
      async () => (await get(agent, `${api}/services/${loaded.serviceId}`)).ms,
      5,
      YARDSTICK_REQUESTS,
    );
    const ctx = systemContext(org);
    const service = await timeAsync(
      async () => {
        const t0 = process.hrtime.bigint();
        await listSlots(database.db, ctx, loaded.serviceId, query, clock.now());
        return Number(process.hrtime.bigint() - t0) / 1e6;
      },
      warmup,
      requests,
    );
    return {
      name,
      slots: starts.length,
      rows: loaded.rows,
      bookings: loaded.bookings,
      p50: overHttp.p50,
      p95: overHttp.p95,
      serviceP50: service.p50,
      detailP50: detail.p50,
      ok: check.ok,
      output: check.output,
    };
  } finally {
    agent.destroy();
    await app?.close();
    await database.close();
  }
}
