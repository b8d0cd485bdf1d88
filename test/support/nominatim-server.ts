/**
 * A local stand-in for Nominatim's search API (`/search`), for tests of the geocoding adapter. The
 * adapter is pointed at it with GEOCODER_URL and runs exactly as in production: the same `fetch`, query
 * string, headers and JSON. Nothing leaves 127.0.0.1.
 *
 * EMULATED, as Nominatim documents it:
 *   GET /search?q=…&format=json|jsonv2&limit=N&countrycodes=se,no
 *     → 200 with a JSON list of places, best first, at most `limit` (default 10, at most 40), each with
 *       Nominatim's fields (`place_id`, `licence`, `lat` and `lon` as decimal strings, `display_name`, …);
 *       no match → 200 with `[]`. `format` other than json/jsonv2 (or missing `q`) → 400 with Nominatim's
 *       error shape `{ error: { code, message } }`.
 *   A request without a User-Agent header → 403, as the public instance blocks anonymous clients.
 * Places are added with `addPlace(query, lat, lon, countryCode)`; a query matches a place when they are
 * equal ignoring case and runs of blanks (real Nominatim parses addresses; tests need only a known answer).
 *
 * NOT EMULATED: structured queries (street=, city=…), reverse geocoding, address details, polygons, rate limits.
 *
 * TEST CONTROLS (methods, not HTTP): `failNext(fault, times)`, `reply(body)` for a raw answer, `requests`,
 * `reset()`, `close()`. The server is unref'd and closes by itself after `lifetimeMs` (default a minute).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * - an HTTP status (500, 503, 429…): answered with Nominatim's error shape;
 * - 'network': the connection is dropped without an answer;
 * - 'hang': never answered (a service that is too slow); the socket is closed by `close()`.
 */
export type NominatimFault = number | 'network' | 'hang';

export interface NominatimRequestRecord {
  path: string;
  params: Record<string, string>;
  userAgent: string | null;
  status: number | null;
}

interface Place {
  query: string;
  lat: number;
  lon: number;
  countryCode: string;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export class NominatimServer {
  readonly requests: NominatimRequestRecord[] = [];
  private readonly places: Place[] = [];
  private readonly faults: (NominatimFault | { body: string })[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly server: http.Server;
  private lifetime: NodeJS.Timeout | undefined;
  private closed: Promise<void> | undefined;

  constructor(private readonly lifetimeMs = 60_000) {
    this.server = http.createServer((req, res) => this.handle(req, res));
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

  /** What GEOCODER_URL should be. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  addPlace(query: string, lat: number, lon: number, countryCode = 'se'): void {
    this.places.push({ query: normalise(query), lat, lon, countryCode: countryCode.toLowerCase() });
  }

  /** The next `times` requests fail with `fault`. */
  failNext(fault: NominatimFault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push(fault);
  }

  /** The next request is answered 200 with exactly this body (a shape Nominatim would not send). */
  reply(body: string): void {
    this.faults.push({ body });
  }

  reset(): void {
    this.faults.length = 0;
    this.requests.length = 0;
  }

  close(): Promise<void> {
    this.closed ??= new Promise<void>((resolve) => {
      clearTimeout(this.lifetime);
      for (const socket of this.sockets) socket.destroy();
      this.server.close(() => resolve());
    });
    return this.closed;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record: NominatimRequestRecord = {
      path: url.pathname,
      params: Object.fromEntries(url.searchParams),
      userAgent: req.headers['user-agent'] ?? null,
      status: null,
    };
    this.requests.push(record);
    const fault = this.faults.shift();
    if (fault === 'hang') return;
    if (fault === 'network') {
      req.socket.destroy();
      return;
    }
    if (typeof fault === 'number') {
      this.send(res, record, fault, error(fault, 'injected'));
      return;
    }
    if (fault !== undefined) {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(fault.body);
      return;
    }
    const [status, body] = this.search(req.method ?? 'GET', url, record.userAgent);
    this.send(res, record, status, body);
  }

  private search(method: string, url: URL, userAgent: string | null): [number, unknown] {
    if (method !== 'GET') return [405, error(405, 'only GET')];
    if (url.pathname !== '/search') return [404, error(404, `no endpoint ${url.pathname}`)];
    if (!userAgent) return [403, error(403, 'Access blocked: identify your application')];
    const params = url.searchParams;
    const format = params.get('format') ?? 'jsonv2';
    if (format !== 'json' && format !== 'jsonv2') return [400, error(400, `format ${format} is not emulated`)];
    const q = params.get('q');
    if (!q) return [400, error(400, 'Nothing to search for.')];
    const limit = Math.min(Math.max(Number(params.get('limit') ?? 10) || 10, 1), 40);
    const countries = params.get('countrycodes')?.toLowerCase().split(',').filter(Boolean) ?? [];
    const found = this.places
      .filter((place) => place.query === normalise(q))
      .filter((place) => countries.length === 0 || countries.includes(place.countryCode))
      .slice(0, limit)
      .map((place, i) => toResult(place, i, format));
    return [200, found];
  }

  private send(res: http.ServerResponse, record: NominatimRequestRecord, status: number, body: unknown): void {
    record.status = status;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }
}

const error = (code: number, message: string) => ({ error: { code, message } });

function toResult(place: Place, index: number, format: string) {
  return {
    place_id: 100_000 + index,
    licence: 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright',
    osm_type: 'node',
    osm_id: 200_000 + index,
    lat: place.lat.toFixed(7),
    lon: place.lon.toFixed(7),
    ...(format === 'jsonv2' ? { category: 'place', place_rank: 30 } : { class: 'place' }),
    type: 'house',
    importance: 0.2,
    addresstype: 'place',
    name: '',
    display_name: `${place.query}, ${place.countryCode.toUpperCase()}`,
    boundingbox: [place.lat - 0.0001, place.lat + 0.0001, place.lon - 0.0001, place.lon + 0.0001].map((n) =>
      n.toFixed(7),
    ),
  };
}

/** Start a server on 127.0.0.1 with a free port. */
export async function startNominatimServer(lifetimeMs?: number): Promise<NominatimServer> {
  const server = new NominatimServer(lifetimeMs);
  await server.listen();
  return server;
}
