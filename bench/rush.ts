/**
 * The load loop shared by both phases of bench:booking, and the HTTP phase itself, which runs in
 * a child process of its own (forked by rushOverHttp) so that the clients do not compete with the
 * app for its event loop.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export type Outcome = 'booked' | 'full' | 'error' | 'unexpected';

export interface PhaseResult {
  name: string;
  counts: Record<Outcome, number>;
  seconds: number;
  latencies: number[];
  samples: string[];
}

const REQUEST_TIMEOUT_MS = 30_000;

/** Runs `count` attempts from `concurrency` workers; each attempt is timed on its own. */
export async function rush(
  name: string,
  count: number,
  concurrency: number,
  attempt: (i: number) => Promise<Outcome | string>,
): Promise<PhaseResult> {
  const counts = { booked: 0, full: 0, error: 0, unexpected: 0 };
  const result: PhaseResult = { name, counts, seconds: 0, latencies: [], samples: [] };
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const started = performance.now();
      let outcome: Outcome | string;
      try {
        outcome = await attempt(i);
      } catch (error) {
        // fetch hides the reason of a network failure in `cause`.
        const reason =
          error instanceof Error ? (error.cause instanceof Error ? error.cause : error).message : String(error);
        outcome = `error: ${reason}`;
      }
      result.latencies.push(performance.now() - started);
      const kind: Outcome =
        outcome === 'booked' || outcome === 'full' ? outcome : outcome.startsWith('error') ? 'error' : 'unexpected';
      result.counts[kind]++;
      if (kind !== outcome && result.samples.length < 5) result.samples.push(outcome);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

export interface HttpRush {
  name: string;
  api: string;
  classId: string;
  tag: string;
  count: number;
  concurrency: number;
}

/*
 * The clients use node:http with a keep-alive agent of `concurrency` sockets rather than fetch: on
 * this 2-core machine the load process shares the CPU with the app and the database, and fetch
 * (undici with its web streams) costs about three times as much per request, CPU the app then lacks.
 */

/** One request over `agent`: its status and body as text. */
export function httpRequest(
  agent: http.Agent,
  method: 'GET' | 'POST',
  url: string,
  body?: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        agent,
        headers: body === undefined ? {} : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    request.end(body);
  });
}

const bookOverHttp = (api: string, classId: string, tag: string, agent: http.Agent) => async (i: number) => {
  const body = JSON.stringify({ classId, guest: { name: `Guest ${i}`, email: `${tag}-${i}@bench.test` } });
  const { status, text } = await httpRequest(agent, 'POST', `${api}/bookings`, body);
  if (status === 201) return 'booked';
  if (status === 409 && text.includes('"capacity_full"')) return 'full';
  return `${status >= 500 ? 'error' : 'unexpected'}: ${status} ${text.slice(0, 200)}`;
};

/** Runs one HTTP phase in a child process and returns its figures. */
export function rushOverHttp(job: HttpRush): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'] });
    child.once('message', (result) => resolve(result as PhaseResult));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the load process exited with ${code} before reporting`)));
    child.send(job);
  });
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once('message', async (job: HttpRush) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
    const result = await rush(job.name, job.count, job.concurrency, bookOverHttp(job.api, job.classId, job.tag, agent));
    agent.destroy();
    process.send?.(result, () => process.exit(0));
  });
}
