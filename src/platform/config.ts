import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/** TRUST_PROXY, read: see Config.trustProxy. */
export type TrustProxy = false | number | string[];

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a port number from 0 to 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a port number from 0 to 65535'))
    .default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO_DATA: booleanFlag.default(true),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((value, ctx): TrustProxy => {
      if (['false', '0', 'no', ''].includes(value)) return false;
      // One proxy in front (the usual): the address it saw is the client's, whatever the client wrote.
      if (['true', 'yes'].includes(value)) return 1;
      if (/^[1-9]$/.test(value)) return Number(value);
      const addresses = value.split(',').map((part) => part.trim());
      if (addresses.every((part) => isIP(part.split('/')[0] ?? '') !== 0 && /^[^/]+(\/\d{1,3})?$/.test(part)))
        return addresses;
      ctx.addIssue({
        code: 'custom',
        message:
          "use false, true (one proxy), a number of proxies (1-9), or the proxies' addresses or CIDR ranges, comma-separated",
      });
      return z.NEVER;
    }),
  PUBLIC_READ_CACHE_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Slotwise <no-reply@localhost>'),
  JOBS_IN_PROCESS: booleanFlag.default(true),
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters, e.g. openssl rand -base64 32').optional(),
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_/, 'must be a Stripe secret key (sk_…)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_/, 'must be a Stripe webhook signing secret (whsec_…)')
    .optional(),
  STRIPE_PUBLISHABLE_KEY: z.string().regex(/^pk_/, 'must be a Stripe publishable key (pk_…)').optional(),
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  VIDEO_PROVIDER: z.enum(['jitsi', 'daily', 'none']).default('jitsi'),
  VIDEO_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://meet.jit.si'),
  DAILY_API_KEY: z
    .string()
    .regex(/^[\x21-\x7e]+$/, 'must be a Daily API key (from the Developers page of the Daily dashboard)')
    .optional(),
  DAILY_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.daily.co/v1'),
  GEOCODER_URL: z
    .url({ protocol: /^https?$/, error: 'must be the http(s) URL of a Nominatim-compatible search API' })
    .optional(),
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{24,256}$/, 'must be 24 to 256 printable characters without spaces, e.g. openssl rand -hex 24')
    .optional(),
  PLATFORM_ADMIN_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{32,256}$/, 'must be 32 to 256 printable characters without spaces, e.g. openssl rand -hex 32')
    .optional(),
  SHUTDOWN_TIMEOUT_MS: z
    .string()
    .regex(/^\d{1,7}$/, 'must be a number of milliseconds from 0 to 600000')
    .transform(Number)
    .pipe(z.number().max(600_000, 'must be a number of milliseconds from 0 to 600000'))
    .default(20_000),
  SHUTDOWN_LAST_CALL_MS: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a number of milliseconds from 0 to 60000')
    .transform(Number)
    .pipe(z.number().max(60_000, 'must be a number of milliseconds from 0 to 60000'))
    .default(1_000),
});

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  logLevel: string;
  database:
    | { kind: 'postgres'; url: string; poolMax: number; preparedStatements: boolean; waitSeconds: number }
    | { kind: 'pglite'; dataDir: string };
  dataDir: string;
  demoData: boolean;
  admin: { email: string; password: string } | null;
  /**
   * Whose X-Forwarded-For to believe: false (none), a number of proxies in front (the client is the
   * address the farthest of them saw), or the proxies' addresses. Never every hop: the left-most
   * entry is whatever the client wrote.
   */
  trustProxy: TrustProxy;
  /**
   * How long a process may answer anonymous public reads (classes, slots) from memory after a change
   * made by another process; 0: never cached. Default 1000, and 0 under NODE_ENV=test, where tests
   * change data behind the app's back (jobs, SQL) and read it straight after.
   */
  publicReadCacheMs: number;
  cookieSecure: boolean;
  mail: Readonly<{ smtpUrl: string | null; from: string; dir: string }>;
  /** Run background jobs in the server process (else start `npm run worker`). */
  jobsInProcess: boolean;
  /** Let outgoing webhooks reach loopback and private addresses (off: an admin cannot probe the server's network). */
  webhooksAllowPrivateNetworks: boolean;
  /** Signs manage and calendar links; null: a key kept in DATA_DIR (platform/tokens.ts). */
  secretKey: string | null;
  /** Card payments; null when Stripe is not configured (other methods still work). */
  stripe: Readonly<{ secretKey: string; webhookSecret: string; publishableKey: string; apiUrl: string | null }> | null;
  /** Meeting links for remote appointments (platform/video.ts). */
  video: Readonly<
    | { provider: 'jitsi'; baseUrl: string }
    | { provider: 'daily'; apiKey: string; apiUrl: string }
    | { provider: 'none' }
  >;
  /** A Nominatim-compatible search API for placing addresses (platform/geocoding.ts); null: postcode zones only. */
  geocoder: Readonly<{ url: string }> | null;
  /** The bearer token that opens GET /metrics; null: /metrics answers 404. */
  metricsToken: string | null;
  /** The bearer token of the platform operator's API (/api/platform); null: that API answers 404. */
  platformAdminToken: string | null;
  /** How long a SIGTERM waits for requests and jobs in hand before the process stops anyway. */
  shutdownTimeoutMs: number;
  /** After a SIGTERM, how long the listener stays open answering 503 shutting_down before it closes. */
  shutdownLastCallMs: number;
}>;

export class ConfigError extends Error {}

/** Parses the environment once; a bad value stops the start with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty or blank variable counts as unset; values are read without surrounding blanks.
  const cleaned = Object.fromEntries(
    Object.entries(env)
      .map(([name, value]) => [name, value?.trim()] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if ((e.ADMIN_EMAIL === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  const stripeVars = [e.STRIPE_SECRET_KEY, e.STRIPE_WEBHOOK_SECRET, e.STRIPE_PUBLISHABLE_KEY];
  if (stripeVars.some((v) => v !== undefined) && !stripeVars.every((v) => v !== undefined)) {
    throw new ConfigError(
      'Invalid configuration:\n  STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_PUBLISHABLE_KEY must be set together',
    );
  }
  if (e.VIDEO_PROVIDER === 'daily' && e.DAILY_API_KEY === undefined) {
    throw new ConfigError('Invalid configuration:\n  DAILY_API_KEY: required when VIDEO_PROVIDER is daily');
  }
  // A key set for a provider not chosen is most likely a forgotten VIDEO_PROVIDER=daily: links
  // would silently go to another service.
  if (e.VIDEO_PROVIDER !== 'daily' && e.DAILY_API_KEY !== undefined) {
    throw new ConfigError(
      `Invalid configuration:\n  DAILY_API_KEY: set, but VIDEO_PROVIDER is ${e.VIDEO_PROVIDER}; set VIDEO_PROVIDER=daily or remove the key`,
    );
  }
  const dataDir = path.resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl,
    logLevel: e.LOG_LEVEL,
    database: Object.freeze(
      e.DATABASE_URL
        ? {
            kind: 'postgres' as const,
            url: e.DATABASE_URL,
            poolMax: e.DATABASE_POOL_MAX,
            waitSeconds: e.DATABASE_WAIT_SECONDS,
            preparedStatements: e.DATABASE_PREPARED_STATEMENTS,
          }
        : { kind: 'pglite' as const, dataDir: path.join(dataDir, 'pglite') },
    ),
    dataDir,
    demoData: e.DEMO_DATA,
    admin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? Object.freeze({ email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD })
        : null,
    trustProxy: e.TRUST_PROXY,
    publicReadCacheMs: e.PUBLIC_READ_CACHE_MS ?? (e.NODE_ENV === 'test' ? 0 : 1000),
    cookieSecure: publicUrl.startsWith('https://'),
    mail: Object.freeze({ smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM, dir: path.join(dataDir, 'mail') }),
    jobsInProcess: e.JOBS_IN_PROCESS,
    webhooksAllowPrivateNetworks: e.WEBHOOKS_ALLOW_PRIVATE_NETWORKS,
    secretKey: e.SECRET_KEY ?? null,
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET && e.STRIPE_PUBLISHABLE_KEY
        ? Object.freeze({
            secretKey: e.STRIPE_SECRET_KEY,
            webhookSecret: e.STRIPE_WEBHOOK_SECRET,
            publishableKey: e.STRIPE_PUBLISHABLE_KEY,
            apiUrl: e.STRIPE_API_URL ?? null,
          })
        : null,
    video: Object.freeze(
      e.VIDEO_PROVIDER === 'daily'
        ? { provider: 'daily' as const, apiKey: e.DAILY_API_KEY as string, apiUrl: e.DAILY_API_URL.replace(/\/+$/, '') }
        : e.VIDEO_PROVIDER === 'jitsi'
          ? { provider: 'jitsi' as const, baseUrl: e.VIDEO_BASE_URL.replace(/\/+$/, '') }
          : { provider: 'none' as const },
    ),
    geocoder: e.GEOCODER_URL ? Object.freeze({ url: e.GEOCODER_URL.replace(/\/+$/, '') }) : null,
    metricsToken: e.METRICS_TOKEN ?? null,
    platformAdminToken: e.PLATFORM_ADMIN_TOKEN ?? null,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownLastCallMs: Math.min(e.SHUTDOWN_LAST_CALL_MS, e.SHUTDOWN_TIMEOUT_MS),
  } satisfies Config);
}
