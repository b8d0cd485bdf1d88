/**
 * `npm run lighthouse`: Lighthouse's mobile performance audit of the public pages (the week and a
 * class) from the built web app (run `npm run web:build` first), against Debian's Chromium
 * (/usr/bin/chromium, or CHROMIUM_PATH). Lighthouse is pinned to 12.2.3, the last line that runs on
 * Node 20.
 *
 * Each page is audited `--runs` times with Lighthouse's default mobile profile (a Moto G Power class
 * phone, slow 4G simulated, CPU 4× slower) and the median score is reported with its first
 * contentful paint, largest contentful paint, total blocking time and layout shift. Exits non-zero
 * when a median score is below `--min` (default 98, the goal of issue 14).
 *
 * Not part of `npm test`: the score depends on the machine and its load (printed with it), so run it
 * on a quiet machine.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseIntOptions } from '../bench/support.ts';
import { CHROMIUM, createClass, startBrowserRun } from '../test/browser/harness.ts';

const options = parseIntOptions({
  runs: { default: 3, min: 1, max: 20 },
  min: { default: 98, min: 0, max: 100 },
});
const lighthouse = new URL('../node_modules/lighthouse/cli/index.js', import.meta.url).pathname;

interface Audit {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function audit(url: string, dir: string): Promise<Audit> {
  const report = path.join(dir, 'report.json');
  await promisify(execFile)(
    process.execPath,
    [
      lighthouse,
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
  );
  const result = JSON.parse(await readFile(report, 'utf8'));
  const value = (id: string) => Number(result.audits[id]?.numericValue ?? Number.NaN);
  return {
    score: Math.round(Number(result.categories.performance.score) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'slotwise-lighthouse-'));
const run = await startBrowserRun();
let failed = false;
try {
  const demo = await createClass(run.admin, { title: 'Lighthouse yoga' });
  const pages = [
    { name: 'week', path: '/' },
    { name: 'class', path: `/classes/${demo.id}` },
  ];
  const rows: string[] = [];
  for (const page of pages) {
    const audits: Audit[] = [];
    for (let i = 0; i < options.runs; i++) audits.push(await audit(`${run.baseUrl}${page.path}`, dir));
    const score = median(audits.map((a) => a.score));
    if (score < options.min) failed = true;
    rows.push(
      [
        page.name.padEnd(8),
        `${score}`.padStart(6),
        `${Math.round(median(audits.map((a) => a.fcp)))}`.padStart(7),
        `${Math.round(median(audits.map((a) => a.lcp)))}`.padStart(7),
        `${Math.round(median(audits.map((a) => a.tbt)))}`.padStart(7),
        median(audits.map((a) => a.cls))
          .toFixed(3)
          .padStart(7),
        `  ${score >= options.min ? 'ok' : `below ${options.min}`}`,
      ].join(' '),
    );
  }
  process.stdout.write(
    `Lighthouse ${JSON.parse(await readFile(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version} ` +
      `mobile performance, median of ${options.runs}; load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n` +
      `page      score  FCP ms  LCP ms  TBT ms     CLS\n${rows.join('\n')}\n`,
  );
} finally {
  await run.close();
  await rm(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
