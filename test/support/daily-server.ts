/**
 * A local stand-in for Daily.co's REST API (`/v1/rooms`), for tests of the video adapter. The
 * adapter is pointed at it with DAILY_API_URL and runs exactly as in production: the same `fetch`,
 * headers, JSON bodies, status codes and error bodies. Nothing leaves 127.0.0.1.
 *
 * EMULATED, as Daily documents it:
 *   POST   /v1/rooms          name (optional: a random one otherwise; letters, digits, `-` and `_`,
 *                             at most 128), privacy (`public` | `private` | `org`), properties
 *                             (the known ones below; `nbf`/`exp` whole Unix seconds, `exp` not past)
 *   GET    /v1/rooms/:name
 *   POST   /v1/rooms/:name    privacy, properties (merged into the room's config)
 *   DELETE /v1/rooms/:name    → `{ deleted: true, name }`
 * Auth: `Authorization: Bearer <key>`; a missing or malformed header is a 401
 * `authorization-header-error`, a wrong key a 401 `authentication-error`.
 * Errors have Daily's shape `{ error, info }`: a taken name is a 400 `invalid-request-error` whose info
 * says the room already exists; an unknown room a 404 `not-found`; bad JSON a 400 `json-parsing-error`.
 * A property this server does not know is refused (400), so code that starts relying on something
 * not emulated fails loudly instead of passing by accident.
 *
 * NOT EMULATED: listing rooms, meeting tokens, recordings, presence, rate limits (inject a 429).
 *
 * TEST CONTROLS (methods, not HTTP): `failNext(fault, times, skip)`, `latencyMs`, `reset()`, `rooms`, `requests`,
 * `close()`. The server is unref'd and closes by itself after `lifetimeMs` (default a minute), so a
 * test that forgets `close()` neither hangs the run nor leaks the port for long.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * - an HTTP status (500, 503, 429…): answered with a Daily-shaped error, nothing executed;
 * - 'network': the connection is dropped before anything is executed;
 * - 'lost-response': the request IS executed, then the connection is dropped before the answer
 *   (the case where a client cannot know whether its room exists);
 * - 'hang': never answered; the socket is closed by `close()`.
 */
export type DailyFault = number | 'network' | 'lost-response' | 'hang';

export interface DailyRoom {
  id: string;
  name: string;
  api_created: boolean;
  privacy: 'public' | 'private' | 'org';
  url: string;
  created_at: string;
  config: Record<string, unknown>;
}

export interface DailyRequestRecord {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
  status: number | null;
  fault: DailyFault | null;
}

export interface DailyServerOptions {
  /** The only key accepted. Default: a random one. */
  apiKey?: string;
  /** Room URLs are `https://<domain>.daily.co/<name>`. Default `slotwise-test`. */
  domain?: string;
  latencyMs?: number;
  lifetimeMs?: number;
  /** Clock for `created_at` and the `exp` check, in milliseconds. */
  now?: () => number;
}

const NAME = /^[A-Za-z0-9_-]{1,128}$/;
const PRIVACY = new Set(['public', 'private', 'org']);
/** The room properties this server knows (a subset of Daily's). */
const PROPERTIES: Record<string, 'time' | 'boolean' | 'integer'> = {
  nbf: 'time',
  exp: 'time',
  eject_at_room_exp: 'boolean',
  eject_after_elapsed: 'integer',
  max_participants: 'integer',
  enable_prejoin_ui: 'boolean',
  enable_knocking: 'boolean',
  enable_chat: 'boolean',
  enable_screenshare: 'boolean',
  start_video_off: 'boolean',
  start_audio_off: 'boolean',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly info: string,
  ) {
    super(info);
  }
}

export class DailyServer {
  readonly apiKey: string;
  readonly domain: string;
  latencyMs: number;
  readonly rooms = new Map<string, DailyRoom>();
  readonly requests: DailyRequestRecord[] = [];
  private readonly faults: (DailyFault | null)[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: http.Server;
  private readonly now: () => number;
  private readonly lifetimeMs: number;
  private lifetime: NodeJS.Timeout | undefined;
  private closed: Promise<void> | undefined;

  constructor(options: DailyServerOptions = {}) {
    this.apiKey = options.apiKey ?? randomBytes(32).toString('hex');
    this.domain = options.domain ?? 'slotwise-test';
    this.latencyMs = options.latencyMs ?? 0;
    this.now = options.now ?? Date.now;
    this.lifetimeMs = options.lifetimeMs ?? 60_000;
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server.unref();
    this.lifetime = setTimeout(() => void this.close(), this.lifetimeMs);
    this.lifetime.unref();
  }

  /** What DAILY_API_URL should be. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** The next `times` requests fail with `fault`, after `skip` requests that do not. */
  failNext(fault: DailyFault, times = 1, skip = 0): void {
    for (let i = 0; i < skip; i++) this.faults.push(null);
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /** Drops the faults not yet used and the latency, between tests. */
  reset(): void {
    this.faults.length = 0;
    this.latencyMs = 0;
  }

  /** Requests that reached a handler, e.g. `requestsTo('POST', '/v1/rooms')`. */
  requestsTo(method: string, path: string): DailyRequestRecord[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  close(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      clearTimeout(this.lifetime);
      for (const socket of this.sockets) socket.destroy();
      this.server.close(() => resolve());
    });
    return this.closed;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '/').split('?')[0] as string;
    const record: DailyRequestRecord = {
      method: req.method ?? 'GET',
      path,
      authorization: req.headers.authorization ?? null,
      body: null,
      status: null,
      fault: this.faults.shift() ?? null,
    };
    try {
      record.body = raw ? JSON.parse(raw) : null;
    } catch {
      record.body = raw;
    }
    this.requests.push(record);
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs).unref());

    const fault = record.fault;
    if (fault === 'hang') return;
    if (fault === 'network') {
      req.socket.destroy();
      return;
    }
    if (typeof fault === 'number') {
      this.send(res, record, fault, { error: fault >= 500 ? 'server-error' : 'rate-limit-error', info: 'injected' });
      return;
    }
    let status: number;
    let body: unknown;
    try {
      this.authenticate(req.headers.authorization);
      [status, body] = [200, this.route(record.method, path, raw)];
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      [status, body] = [error.status, { error: error.error, info: error.info }];
    }
    if (fault === 'lost-response') {
      req.socket.destroy();
      return;
    }
    this.send(res, record, status, body);
  }

  private send(res: http.ServerResponse, record: DailyRequestRecord, status: number, body: unknown): void {
    record.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }

  private authenticate(header: string | undefined): void {
    const match = /^Bearer (\S+)$/.exec(header ?? '');
    if (!match) throw new HttpError(401, 'authorization-header-error', 'missing or malformed Authorization header');
    if (match[1] !== this.apiKey) throw new HttpError(401, 'authentication-error', 'the API key is not valid');
  }

  private route(method: string, path: string, raw: string): unknown {
    if (path === '/v1/rooms' && method === 'POST') return this.create(parseBody(raw));
    const match = /^\/v1\/rooms\/([^/]+)$/.exec(path);
    if (!match) throw new HttpError(404, 'not-found', `no endpoint ${method} ${path}`);
    const name = decodeURIComponent(match[1] as string);
    const room = this.rooms.get(name);
    if (!room) throw new HttpError(404, 'not-found', `room ${name} not found`);
    if (method === 'GET') return room;
    if (method === 'DELETE') {
      this.rooms.delete(name);
      return { deleted: true, name };
    }
    if (method === 'POST') {
      const body = parseBody(raw);
      checkKeys(body, ['privacy', 'properties']);
      if (body.privacy !== undefined) room.privacy = this.privacy(body.privacy);
      Object.assign(room.config, this.properties(body.properties));
      return room;
    }
    throw new HttpError(405, 'invalid-request-error', `${method} not allowed`);
  }

  private create(body: Record<string, unknown>): DailyRoom {
    checkKeys(body, ['name', 'privacy', 'properties']);
    const name = body.name === undefined ? randomBytes(10).toString('base64url').replace(/[-_]/g, 'x') : body.name;
    if (typeof name !== 'string' || !NAME.test(name))
      throw new HttpError(400, 'invalid-request-error', 'name: letters, digits, - and _ only, at most 128 characters');
    if (this.rooms.has(name)) throw new HttpError(400, 'invalid-request-error', `a room named ${name} already exists`);
    const room: DailyRoom = {
      id: randomUUID(),
      name,
      api_created: true,
      privacy: this.privacy(body.privacy ?? 'public'),
      url: `https://${this.domain}.daily.co/${name}`,
      created_at: new Date(this.now()).toISOString(),
      config: this.properties(body.properties),
    };
    this.rooms.set(name, room);
    return room;
  }

  private privacy(value: unknown): DailyRoom['privacy'] {
    if (typeof value !== 'string' || !PRIVACY.has(value))
      throw new HttpError(400, 'invalid-request-error', 'privacy must be public, private or org');
    return value as DailyRoom['privacy'];
  }

  private properties(value: unknown): Record<string, unknown> {
    if (value === undefined) return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new HttpError(400, 'invalid-request-error', 'properties must be an object');
    const nowSeconds = Math.floor(this.now() / 1000);
    for (const [key, v] of Object.entries(value)) {
      const kind = PROPERTIES[key];
      if (!kind) throw new HttpError(400, 'invalid-request-error', `unknown property ${key}`);
      if (kind === 'boolean' ? typeof v !== 'boolean' : !Number.isInteger(v) || (v as number) < 0)
        throw new HttpError(
          400,
          'invalid-request-error',
          `${key} must be ${kind === 'time' ? 'Unix seconds' : `a ${kind}`}`,
        );
    }
    const props = value as Record<string, unknown>;
    if (typeof props.exp === 'number' && props.exp <= nowSeconds)
      throw new HttpError(400, 'invalid-request-error', 'exp is in the past');
    return { ...props };
  }
}

function parseBody(raw: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : {};
  } catch {
    throw new HttpError(400, 'json-parsing-error', 'the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'invalid-request-error', 'the body must be an object');
  return body as Record<string, unknown>;
}

function checkKeys(body: Record<string, unknown>, allowed: string[]): void {
  for (const key of Object.keys(body))
    if (!allowed.includes(key)) throw new HttpError(400, 'invalid-request-error', `unknown parameter ${key}`);
}

/** Start a server on 127.0.0.1 with a free port. */
export async function startDailyServer(options: DailyServerOptions = {}): Promise<DailyServer> {
  const server = new DailyServer(options);
  await server.listen();
  return server;
}
