// The OpenAPI document, built in-process from the app itself (on an in-memory database).
//   npm run openapi              writes openapi.json (not committed: the running server serves the same
//                                document at /api/openapi.json, and a committed copy would be a second
//                                source of truth that every branch touching a route conflicts on)
//   npm run openapi -- --lint    writes it and lints it with Redocly (recommended) and Spectral (spectral:oas),
//                                configured in redocly.yaml, .redocly.lint-ignore.yaml and .spectral.yaml;
//                                any error or warning fails (npm test runs it)
//   npm run openapi -- --client  writes clients/typescript/src/schema.d.ts (committed, so that the package
//                                works straight from the repo; a test checks it is up to date)
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApp } from '../test/support/app.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
export const clientTypesFile = path.join(root, 'clients/typescript/src/schema.d.ts');
const header = '// Generated from the OpenAPI document by `npm run openapi -- --client`. Do not edit.\n\n';

export async function buildDocument(): Promise<Record<string, unknown>> {
  const { app, close } = await startTestApp();
  try {
    // A copy: the app's own is cached and shared.
    return JSON.parse(JSON.stringify(app.swagger()));
  } finally {
    await close();
  }
}

export async function generateClientTypes(document?: Record<string, unknown>): Promise<string> {
  const doc = (document ?? (await buildDocument())) as unknown as Parameters<typeof openapiTS>[0];
  return header + astToString(await openapiTS(doc));
}

export const committedClientTypes = (): string => readFileSync(clientTypesFile, 'utf8');

const redoclyBin = path.join(root, 'node_modules/@redocly/cli/bin/cli.js');
const spectralBin = path.join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js');
/** Linted at a fixed place, which .redocly.lint-ignore.yaml names. */
export const lintedFile = path.join(root, 'openapi.json');

const quiet = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  DO_NOT_TRACK: '1',
  NO_UPDATE_NOTIFIER: '1',
  NO_COLOR: '1',
};

export interface LintResult {
  ok: boolean;
  report: string;
}

function run(args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: quiet, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

/**
 * Both linters (at once: each takes a while on a document this size) over a document file; ok only with
 * no error and no warning from either.
 */
export async function lintDocument(file: string): Promise<LintResult> {
  const [redocly, spectral] = await Promise.all([
    run([redoclyBin, 'lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'json']),
    run([
      spectralBin,
      'lint',
      file,
      '--ruleset',
      path.join(root, '.spectral.yaml'),
      '--fail-severity',
      'hint',
      '--format',
      'text',
    ]),
  ]);
  const redoclyReport = JSON.parse(redocly.stdout.slice(redocly.stdout.indexOf('{'))) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
  };
  const lines = [
    ...redoclyReport.problems.map(
      (p) => `redocly ${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`,
    ),
    ...spectral.stdout
      .split('\n')
      .filter((line) => line.includes(' warning ') || line.includes(' error ') || line.includes(' hint '))
      .map((line) => `spectral ${line.replace(`${file}:`, '')}`),
  ];
  const { errors, warnings } = redoclyReport.totals;
  const ok = errors === 0 && warnings === 0 && spectral.status === 0 && lines.length === 0;
  const summary = `Redocly (recommended): ${errors} errors, ${warnings} warnings; Spectral (spectral:oas): ${
    spectral.status === 0 ? 'no problems' : 'problems'
  }`;
  return { ok, report: [...lines, summary].join('\n') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const document = await buildDocument();
  if (args.includes('--client')) {
    writeFileSync(clientTypesFile, await generateClientTypes(document));
    process.stdout.write(`wrote ${path.relative(root, clientTypesFile)}\n`);
  } else if (args.includes('--lint')) {
    writeFileSync(lintedFile, `${JSON.stringify(document, null, 2)}\n`);
    const { ok, report } = await lintDocument(lintedFile);
    process.stdout.write(`${report}\n`);
    process.exitCode = ok ? 0 : 1;
  } else {
    const file = path.resolve(root, args.find((arg) => !arg.startsWith('--')) ?? 'openapi.json');
    writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
    process.stdout.write(`wrote ${path.relative(root, file)}\n`);
  }
}
