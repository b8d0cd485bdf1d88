// npm test: lint and type-check, then unit and integration tests on the embedded database, the browser
// tests, then the integration tests again on a PostgreSQL server: DATABASE_URL's, or else a
// throwaway server started here from Debian's binaries, so that the race tests that only a real
// server can catch run on every developer machine too. DATABASE_URL set but empty asks for no
// server, as it does of the app: the embedded database only (serverRunFor).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PG_BIN, canStartPostgres, serverRunFor, startThrowawayPostgres } from '../test/support/throwaway-postgres.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const only = args.filter((arg) => !arg.startsWith('--'));
const skipTypecheck = args.includes('--no-typecheck');

function findTests(dir) {
  const full = path.join(root, dir);
  return readdirSync(full, { recursive: true })
    .map((name) => path.join(dir, name))
    .filter((file) => file.endsWith('.test.ts') && statSync(path.join(root, file)).isFile())
    .filter((file) => only.length === 0 || only.some((part) => file.includes(part)))
    .sort();
}

// What each step ended with, repeated at the end with the failed tests' names.
const summary = [];
const failuresDir = mkdtempSync(path.join(os.tmpdir(), 'slotwise-test-'));
process.on('exit', () => rmSync(failuresDir, { recursive: true, force: true }));

function run(label, command, commandArgs, env = {}, failures = []) {
  process.stdout.write(`\n=== ${label}\n`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  summary.push({ label, ok: result.status === 0, failures });
  return result.status === 0;
}

function runTests(label, files, env) {
  if (files.length === 0) return true;
  const failuresFile = path.join(failuresDir, `${summary.length}.txt`);
  const failures = [];
  const ok = run(
    label,
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=3',
      '--test-timeout=600000',
      '--test-reporter=tap',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/failures-reporter.mjs',
      `--test-reporter-destination=${failuresFile}`,
      ...files,
    ],
    env,
    failures,
  );
  if (existsSync(failuresFile)) failures.push(...readFileSync(failuresFile, 'utf8').split('\n').filter(Boolean));
  return ok;
}

let ok = true;
if (!skipTypecheck && only.length === 0) {
  ok =
    run('lint and format (Biome)', process.execPath, [
      path.join(root, 'node_modules/@biomejs/biome/bin/biome'),
      'check',
      '--error-on-warnings',
      '.',
    ]) && ok;
  ok = run('type check', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']) && ok;
  ok =
    run('API document lint (Redocly recommended, Spectral spectral:oas): no error, no warning', process.execPath, [
      '--import',
      'tsx',
      'scripts/openapi.ts',
      '--lint',
    ]) && ok;
  ok =
    run('type check of the web app', process.execPath, [
      path.join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'web',
    ]) && ok;
}

const unit = findTests('test/unit');
const integration = findTests('test/integration');
ok =
  runTests(
    `unit and integration tests on the embedded database (PGlite): ${unit.length + integration.length} files`,
    [...unit, ...integration],
    { TEST_DB: 'pglite' },
  ) && ok;

// The browser tests drive Debian's Chromium against the real server (embedded database) and the built web app.
const browser = findTests('test/browser');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (browser.length > 0 && !existsSync(chromium) && process.env.CI !== 'true') {
  process.stdout.write(
    `\n=== browser tests SKIPPED: Chromium is not installed at ${chromium} (apt-get install chromium; CI never skips them).\n`,
  );
} else if (browser.length > 0) {
  ok = run('build the web app if needed', process.execPath, ['scripts/build-web.mjs']) && ok;
  ok =
    runTests(`browser tests (Chromium) on the embedded database: ${browser.length} files`, browser, {
      TEST_DB: 'pglite',
    }) && ok;
}

const serverRun = serverRunFor(process.env.DATABASE_URL);
const embeddedOnly = serverRun.kind === 'none';
let url = serverRun.kind === 'given' ? serverRun.url : undefined;
let throwaway = null;
if (serverRun.kind === 'throwaway' && integration.length > 0 && canStartPostgres()) {
  process.stdout.write('\n=== starting a throwaway PostgreSQL server (DATABASE_URL is not set)\n');
  throwaway = await startThrowawayPostgres();
  url = throwaway.url;
  // Ctrl-C ends the run through process.exit, whose handler stops the server (pg_ctl detaches it).
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));
}
if (integration.length === 0) {
  // Nothing of the filter runs on a server (say, only browser tests were asked for).
} else if (!url && process.env.CI === 'true') {
  process.stdout.write(
    embeddedOnly
      ? '\n=== PostgreSQL server run FAILED: DATABASE_URL is empty (CI never skips it).\n'
      : `\n=== PostgreSQL server run FAILED: no DATABASE_URL and no PostgreSQL in ${PG_BIN} (CI never skips it).\n`,
  );
  summary.push({ label: 'integration tests on a PostgreSQL server: no server', ok: false, failures: [] });
  ok = false;
} else if (embeddedOnly) {
  process.stdout.write('\n=== PostgreSQL server run SKIPPED: DATABASE_URL is empty (the embedded database only).\n');
} else if (!url) {
  process.stdout.write(
    `\n=== PostgreSQL server run SKIPPED: DATABASE_URL is not set and there is no PostgreSQL in ${PG_BIN} (apt-get install postgresql-15; CI has it).\n`,
  );
} else {
  const template = `slotwise_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${template}`);
    const templateUrl = new URL(url);
    templateUrl.pathname = `/${template}`;
    ok =
      run('migrate the template database', process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
        DATABASE_URL: templateUrl.toString(),
      }) && ok;
    ok =
      runTests(`integration tests on the PostgreSQL server: ${integration.length} files`, integration, {
        DATABASE_URL: url,
        TEST_DB: 'postgres',
        TEST_PG_TEMPLATE: template,
      }) && ok;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
    await throwaway?.remove();
  }
}

process.stdout.write('\n=== summary\n');
for (const step of summary) {
  process.stdout.write(`${step.ok ? 'passed' : 'FAILED'}  ${step.label}\n`);
  for (const failure of step.failures) process.stdout.write(`        ${failure}\n`);
}
process.stdout.write(ok ? '\nAll test runs passed.\n' : '\nSome test runs FAILED.\n');
process.exit(ok ? 0 : 1);
