// npm run slotwise -- <command>: the operator's tool. It opens the database the server would
// (DATABASE_URL, else the embedded one in DATA_DIR, which it refuses to open while a server holds it),
// does one thing, and exits non-zero when that thing failed or found problems.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  addOrganisationAdmin,
  createOrganisationWithAdmin,
  listAllOrganisations,
  type OperatorCaller,
  retryDeadJobsAsOperator,
} from '../src/modules/operator/operator.service.ts';
import { newAdminSchema, newOrganisationSchema, slugSchema } from '../src/modules/operator/operator.schema.ts';
import { findOrganisationBySlug, listOrganisations } from '../src/modules/orgs/orgs.repo.ts';
import { toOrgContext } from '../src/modules/orgs/orgs.service.ts';
import { organisationIntegrity } from '../src/modules/payments/payments.service.ts';
import { encodeExport } from '../src/modules/statements/statements.export.ts';
import { openStaffExport } from '../src/modules/statements/statements.service.ts';
import { loadConfig } from '../src/platform/config.ts';
import type { RequestContext } from '../src/platform/context.ts';
import { type Database, openDatabase } from '../src/platform/db.ts';
import { DomainError } from '../src/platform/errors.ts';
import { migrate, pendingMigrations } from '../src/platform/migrate.ts';

const help = `Usage: npm run slotwise -- <command> [options]

Commands:
  migrate                         apply pending database migrations (forward only), then exit
  org create --slug S --name N --admin-email E [--time-zone Z] [--locale en|sv] [--currency C]
                                  create an organisation and its first admin; prints the admin's
                                  initial password once (it is stored only as a hash)
  org list                        list the organisations
  admin create --org S --email E  add an admin to organisation S; prints the initial password once
  integrity [--org S]             the integrity report (every organisation, or S); exit 1 on problems
  export --org S --what payments|bookings|customers [--format csv|json] [--from D] [--to D]
                                  the organisation's export to stdout (audited, as the admin's download)
  jobs retry-dead [--org S]       put dead jobs back in the queue (every organisation, or S)
                                  (a mail a later one about its booking has overtaken stays dead)

The database is DATABASE_URL when set, else the embedded one in DATA_DIR (stop \`npm start\` first:
an embedded database opens in one process at a time).
`;

class UsageError extends Error {}

const options = {
  slug: { type: 'string' },
  name: { type: 'string' },
  'admin-email': { type: 'string' },
  'time-zone': { type: 'string' },
  locale: { type: 'string' },
  currency: { type: 'string' },
  org: { type: 'string' },
  email: { type: 'string' },
  what: { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

const caller: OperatorCaller = {
  operator: 'cli',
  requestId: `cli-${randomUUID()}`,
  ip: null,
  userAgent: 'slotwise cli',
};
const print = (line = '') => process.stdout.write(`${line}\n`);

function required(values: Values, name: keyof Values): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

async function organisation(database: Database, slug: string) {
  const row = await findOrganisationBySlug(database.db, slugSchema.parse(slug));
  if (!row) throw new UsageError(`There is no organisation with the slug ${slug} (see: org list).`);
  return row;
}

async function run(command: string, values: Values, database: Database): Promise<number> {
  const { db } = database;
  switch (command) {
    case 'org create': {
      const input = newOrganisationSchema.parse({
        slug: required(values, 'slug'),
        name: required(values, 'name'),
        adminEmail: required(values, 'admin-email'),
        timeZone: values['time-zone'],
        defaultLocale: values.locale,
        currency: values.currency,
      });
      const created = await createOrganisationWithAdmin(db, caller, input);
      print(
        `Created ${created.organisation.name} (${created.organisation.slug}): book at /o/${created.organisation.slug}/`,
      );
      print(`Admin sign-in:  ${created.admin.email}`);
      print(`Admin password: ${created.admin.password}   (shown once: hand it over, and change it after signing in)`);
      return 0;
    }
    case 'org list': {
      for (const org of await listAllOrganisations(db))
        print(`${org.slug}\t${org.name}\t${org.timeZone}\t${org.currency}${org.isDefault ? '\t(default)' : ''}`);
      return 0;
    }
    case 'admin create': {
      const { email } = newAdminSchema.parse({ email: required(values, 'email') });
      const admin = await addOrganisationAdmin(db, caller, slugSchema.parse(required(values, 'org')), email);
      print(`Admin sign-in:  ${admin.email}`);
      print(`Admin password: ${admin.password}   (shown once)`);
      return 0;
    }
    case 'integrity': {
      const orgs = values.org ? [await organisation(database, values.org)] : await listOrganisations(db);
      let problems = 0;
      for (const org of orgs) {
        const { clean, ...report } = await organisationIntegrity(db, org.id, new Date());
        const found = Object.entries(report).filter(([, list]) => list.length > 0);
        problems += found.length;
        print(`${org.slug}: ${clean ? 'clean' : 'PROBLEMS'}`);
        for (const [name, list] of found) print(`  ${name}: ${JSON.stringify(list)}`);
      }
      return problems > 0 ? 1 : 0;
    }
    case 'export': {
      const what = required(values, 'what');
      if (what !== 'payments' && what !== 'bookings' && what !== 'customers')
        throw new UsageError('--what must be payments, bookings or customers');
      const format = values.format ?? 'csv';
      if (format !== 'csv' && format !== 'json') throw new UsageError('--format must be csv or json');
      const row = await organisation(database, required(values, 'org'));
      const org = toOrgContext(row);
      const ctx: RequestContext = { ...caller, org, user: null, locale: org.defaultLocale, system: true };
      const stream = await openStaffExport(db, ctx, what, { format, from: values.from, to: values.to });
      for await (const chunk of encodeExport(stream)) {
        if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      }
      return 0;
    }
    case 'jobs retry-dead': {
      const orgId = values.org ? (await organisation(database, values.org)).id : null;
      const retried = await retryDeadJobsAsOperator(db, caller, orgId);
      print(`${retried.length} dead job${retried.length === 1 ? '' : 's'} back in the queue`);
      for (const job of retried) print(`  ${job.id}\t${job.kind}`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown command: ${command || '(none)'}`);
  }
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  const command = positionals.join(' ');
  const database = await openDatabase(loadConfig().database);
  try {
    if (command === 'migrate') {
      const applied = await migrate(database);
      print(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      return 0;
    }
    const pending = await pendingMigrations(database);
    if (pending.length > 0) {
      process.stderr.write(
        `The database lacks migrations (${pending.join(', ')}): run \`npm run slotwise -- migrate\` first.\n`,
      );
      return 1;
    }
    return await run(command, values, database);
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${help}`);
    else if (error instanceof DomainError) process.stderr.write(`Refused: ${error.code}\n`);
    else if (error && typeof error === 'object' && 'issues' in error) {
      const issues = (error as { issues: { path: PropertyKey[]; message: string }[] }).issues;
      process.stderr.write(
        `${issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('\n')}\n`,
      );
    } else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = process.exitCode || 1;
  },
);
