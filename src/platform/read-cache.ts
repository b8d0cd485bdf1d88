import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from './clock.ts';

/** Distinct URLs remembered at most; past that the cache starts over (a crawler's query strings). */
const MAX_ENTRIES = 2000;

interface Entry {
  /** The answer's bytes, encoded once (a class list is about 13 KB of JSON). */
  body: Buffer;
  etag: string;
  /** When the read that produced it began: the bound counts from before the database was read. */
  readAt: number;
  generation: number;
}

/**
 * This process's copy of its anonymous public reads (class list, class detail, slots), answered
 * with an ETag so that a browser that has the answer gets a 304.
 */
export class ReadCache {
  #entries = new Map<string, Entry>();
  #generation = 0;

  constructor(
    private readonly clock: Clock,
    /**
     * How long an answer may be served after the read that made it (PUBLIC_READ_CACHE_MS): the bound
     * on seeing another process's change. A change made through this process is seen by its next
     * read: every change request empties the cache (app.ts).
     */
    private readonly boundMs: number,
  ) {}

  /** Called for every change request, before its answer leaves: the next read reads the database. */
  invalidate(): void {
    this.#generation += 1;
    this.#entries.clear();
  }

  /**
   * Answers a public GET from `load`, or from this cache for an anonymous caller. A read that
   * began before a change must not store what it read: it may have read the database before the
   * change committed, so it is kept only when no change request ended while it ran.
   */
  async send(request: FastifyRequest, reply: FastifyReply, orgId: string, load: () => Promise<unknown>) {
    // A signed-in caller's answer may one day carry what is theirs: it is never shared, only tagged.
    const anonymous = request.headers.authorization === undefined && request.headers.cookie === undefined;
    const key = `${orgId} ${request.url}`;
    const now = this.clock.now().getTime();
    const cached = anonymous ? this.#entries.get(key) : undefined;
    const fresh =
      cached && cached.generation === this.#generation && now >= cached.readAt && now - cached.readAt < this.boundMs;
    const entry = fresh ? cached : await this.#read(key, anonymous, now, reply, load);
    reply
      .header('cache-control', anonymous ? 'public, no-cache' : 'private, no-cache')
      .header('vary', 'X-Org, Cookie, Authorization')
      .header('etag', entry.etag);
    if (matches(request.headers['if-none-match'], entry.etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(entry.body);
  }

  async #read(key: string, store: boolean, now: number, reply: FastifyReply, load: () => Promise<unknown>) {
    const generation = this.#generation;
    const body = Buffer.from(String(reply.serialize(await load())));
    const entry = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`, readAt: now, generation };
    if (store && generation === this.#generation) {
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
      this.#entries.set(key, entry);
    }
    return entry;
  }
}

/** If-None-Match compares weakly: any listed tag equal to ours apart from W/, or `*`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const ours = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === ours;
  });
}
