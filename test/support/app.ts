import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { ensureAdmin } from '../../src/modules/auth/auth.service.ts';
import { createOrganisation, ensureDefaultOrganisation } from '../../src/modules/orgs/orgs.service.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { OrgContext } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db.ts';
import type { App } from '../../src/platform/http.ts';
import { createMailer } from '../../src/platform/mail.ts';
import { createMetrics } from '../../src/platform/metrics.ts';
import { createJobRunner } from '../../src/jobs.ts';
import { createStripeClient, stripeGateway } from '../../src/platform/card-gateway.ts';
import type { StripeServer } from './stripe-server.ts';
import type { JobRunner, JobRunnerOptions } from '../../src/platform/jobs.ts';
import { openTestDatabase } from './database.ts';
import type { Json } from './json.ts';

export const ADMIN = { email: 'admin@example.test', password: 'admin-password-1' };

/** Real time, shifted by however far the test has moved it. */
export class TestClock implements Clock {
  private offsetMs = 0;
  now = () => new Date(Date.now() + this.offsetMs);
  set(date: Date | string) {
    this.offsetMs = new Date(date).getTime() - Date.now();
  }
  advance(ms: number) {
    this.offsetMs += ms;
  }
}

export interface TestApp {
  app: App;
  database: Database;
  org: OrgContext;
  clock: TestClock;
  /** Log lines written by the app, parsed. */
  logs: Record<string, Json>[];
  /** The job runner, not started: `runJobs()` runs what is due, or start it for a test. */
  runner: JobRunner;
  /** Runs due jobs until none is left. */
  runJobs(): Promise<number>;
  client(org?: string): Client;
  admin(org?: string): Promise<Client>;
  createOrg(slug: string, adminEmail: string): Promise<OrgContext>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: TestClock;
  /** Where mail goes; without it mails are written to a temporary directory. */
  smtpUrl?: string;
  runner?: Partial<JobRunnerOptions>;
  /** Card payments through the official SDK against this local Stripe-shaped server. */
  stripe?: StripeServer;
  /** Default http://slotwise.test. */
  publicUrl?: string;
  /** Default true: test receivers are on loopback. */
  allowPrivateWebhooks?: boolean;
  /** More environment for the configuration, e.g. VIDEO_PROVIDER and DAILY_API_URL for a local Daily server. */
  env?: Record<string, string>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const { db } = database;
  const org = await ensureDefaultOrganisation(db);
  await ensureAdmin(db, org, ADMIN);
  const clock = options.clock ?? new TestClock();
  const logs: Record<string, Json>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_URL: options.publicUrl ?? 'http://slotwise.test',
    DEMO_DATA: 'false',
    DATA_DIR: dataDir,
    MAIL_FROM: 'Slotwise Test <studio@example.test>',
    // Test receivers listen on 127.0.0.1.
    WEBHOOKS_ALLOW_PRIVATE_NETWORKS: options.allowPrivateWebhooks === false ? 'false' : 'true',
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    ...options.env,
  });
  const cardGateway = options.stripe
    ? stripeGateway(createStripeClient({ secretKey: options.stripe.secretKey, apiUrl: options.stripe.url }), {
        webhookSecret: options.stripe.webhookSecret,
        publishableKey: 'pk_test_local',
      })
    : null;
  // One registry for the app and its runner, as in main.ts: job durations show on the app's /metrics.
  const metrics = createMetrics();
  const app = await buildApp({ config, database, db, clock, logger, cardGateway, metrics });
  const mailer = createMailer({ smtpUrl: config.mail.smtpUrl, mailDir: config.mail.dir, logger, db });
  const runner = createJobRunner(
    { config, db, clock, mailer, logger, cardGateway, metrics },
    { pollIntervalMs: 20, retryBaseMs: 20, retryMaxMs: 200, leaseMs: 5_000, ...options.runner },
  );
  await app.ready();
  const admins = new Map<string, Client>();
  const testApp: TestApp = {
    app,
    database,
    org,
    clock,
    logs,
    runner,
    async runJobs() {
      let total = 0;
      for (let ran = await runner.runDue(); ran > 0; ran = await runner.runDue()) total += ran;
      return total;
    },
    client: (orgSlug) => new Client(app, orgSlug),
    // One signed-in admin per organisation, as a person would stay signed in (sign-in is rate limited).
    async admin(orgSlug) {
      const key = orgSlug ?? '';
      let client = admins.get(key);
      if (!client) {
        client = new Client(app, orgSlug);
        const response = await client.signIn(ADMIN.email, ADMIN.password);
        if (response.status !== 200) throw new Error(`admin sign-in failed: ${JSON.stringify(response.body)}`);
        admins.set(key, client);
      }
      return client;
    },
    async createOrg(slug, adminEmail) {
      const created = await createOrganisation(db, { slug, name: `Org ${slug}` });
      await ensureAdmin(db, created, { email: adminEmail, password: ADMIN.password });
      return created;
    },
    async close() {
      await runner.stop();
      await app.close();
      mailer.close();
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

export interface Response<T = Json> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

/** A browser-like caller: keeps its session cookie and sends the CSRF token on changes. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    private readonly app: App,
    private readonly org?: string,
  ) {}

  async request<T = Json>(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.org ? { 'x-org': this.org } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    const setCookie = response.cookies.find((c) => c.name === 'slotwise_session');
    if (setCookie) this.cookie = setCookie.value ? `slotwise_session=${setCookie.value}` : undefined;
    const text = response.body;
    return { status: response.statusCode, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  }

  get = <T = Json>(url: string, headers?: Record<string, string>) => this.request<T>('GET', url, undefined, headers);
  post = <T = Json>(url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request<T>('POST', url, body ?? {}, headers);
  patch = <T = Json>(url: string, body?: unknown) => this.request<T>('PATCH', url, body);
  delete = <T = Json>(url: string) => this.request<T>('DELETE', url);

  async signIn(email: string, password: string): Promise<Response> {
    const response = await this.post('/api/v1/auth/sign-in', { email, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  async signUp(email: string, name = 'Test Customer', password = 'customer-password-1'): Promise<Response> {
    const response = await this.post('/api/v1/auth/sign-up', { email, name, password });
    if (response.status === 201) this.csrfToken = response.body.csrfToken;
    return response;
  }
}

/** A class input starting `days` from now (default a week), one hour long. */
export function classInput(overrides: Record<string, unknown> = {}, from = new Date()) {
  const start = new Date(from.getTime() + 7 * 24 * 3600_000);
  start.setUTCMinutes(0, 0, 0);
  return {
    title: 'Pilates',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3600_000).toISOString(),
    maxSpots: 10,
    price: { amount: 15000 },
    ...overrides,
  };
}

export const guest = (n: number | string) => ({ name: `Guest ${n}`, email: `guest${n}@example.test` });
