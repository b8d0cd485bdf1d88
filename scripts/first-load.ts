/**
 * `npx tsx scripts/first-load.ts`: what a phone downloads and how soon it paints on the first visit
 * of the public pages (the week and a class), from the built web app (run `npm run web:build` first).
 *
 * Lighthouse needs Node ≥ 22 and does not run on this project's Node 20; this measures what it can
 * with Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH) over the DevTools protocol, in a
 * profile close to Lighthouse's mobile one: a 390×844 touch screen, 150 ms round trips, 1.6 Mbit/s
 * down, 750 kbit/s up, and the CPU slowed 4×. Each page is loaded with an empty cache in a fresh
 * context, `--runs` times; the table shows the median first contentful paint, the requests, the
 * bytes on the wire (compressed, headers included) and the script bytes, and whether any dashboard
 * or account page's code was downloaded (it must not be: those pages are loaded when opened).
 *
 * Not part of `npm test`: the figures depend on the machine and its load (printed with them).
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { parseIntOptions } from '../bench/support.ts';
import { createClass, startBrowserRun } from '../test/browser/harness.ts';

const options = parseIntOptions({ runs: { default: 3, min: 1, max: 20 } });

interface Load {
  fcp: number;
  requests: number;
  wireBytes: number;
  scriptBytes: number;
  privateChunks: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The chunks that are loaded only when a lazy page (dashboard, account) is opened, from Vite's manifest. */
const manifestFile = new URL('../web/dist/.vite/manifest.json', import.meta.url);
const manifest = (existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {}) as Record<
  string,
  { file: string; isDynamicEntry?: boolean }
>;
const lazyChunks = new Set(
  Object.values(manifest)
    .filter((chunk) => chunk.isDynamicEntry)
    .map((chunk) => `/${chunk.file}`),
);

const run = await startBrowserRun();
try {
  const demo = await createClass(run.admin, { title: 'First-load yoga' });
  const pages = [
    { name: 'week', path: '/' },
    { name: 'class', path: `/classes/${demo.id}` },
  ];

  async function load(path: string): Promise<Load> {
    const context = await run.browser.newContext({
      baseURL: run.baseUrl,
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const urls = new Map<string, string>();
      let requests = 0;
      let wireBytes = 0;
      let scriptBytes = 0;
      cdp.on('Network.responseReceived', (event) => {
        urls.set(event.requestId, event.response.url);
      });
      cdp.on('Network.loadingFinished', (event) => {
        requests += 1;
        wireBytes += event.encodedDataLength;
        if (urls.get(event.requestId)?.endsWith('.js')) scriptBytes += event.encodedDataLength;
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      // The first paint may come after the network is idle, while a slowed CPU still runs the script.
      const fcp = Number(
        await (
          await page.waitForFunction(
            () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
            undefined,
            {
              timeout: 60_000,
            },
          )
        ).jsonValue(),
      );
      const privateChunks = [...urls.values()].filter((url) => lazyChunks.has(new URL(url).pathname));
      return { fcp, requests, wireBytes, scriptBytes, privateChunks };
    } finally {
      await context.close();
    }
  }

  const rows: string[] = [];
  for (const { name, path } of pages) {
    const loads: Load[] = [];
    for (let i = 0; i < options.runs; i++) loads.push(await load(path));
    const last = loads[loads.length - 1] as Load;
    rows.push(
      [
        name.padEnd(8),
        `${Math.round(median(loads.map((l) => l.fcp)))}`.padStart(8),
        `${last.requests}`.padStart(9),
        `${(last.wireBytes / 1024).toFixed(1)}`.padStart(10),
        `${(last.scriptBytes / 1024).toFixed(1)}`.padStart(10),
        `  ${last.privateChunks.length === 0 ? 'none' : last.privateChunks.join(', ')}`,
      ].join(' '),
    );
  }
  process.stdout.write(
    `first load on a throttled phone profile (150 ms RTT, 1.6 Mbit/s, CPU 4×), median of ${options.runs}; ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n` +
      `page       FCP ms  requests  wire KiB  script KiB  dashboard/account code\n${rows.join('\n')}\n`,
  );
} finally {
  await run.close();
}
