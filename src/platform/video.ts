import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { PermanentJobError } from './jobs.ts';
import { serverKey } from './tokens.ts';

export interface VideoRoomRequest {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  /** What the session is, for adapters that can show it; never part of the link (Daily rooms have no title). */
  title: string;
}

export interface VideoRoom {
  /** The link mailed to the customer and the provider. */
  url: string;
  provider: 'daily' | 'jitsi';
  /** What `deleteRoom` takes: the room's name at the provider. */
  providerRef: string;
  /** When the provider closes the room; absent when it never does. */
  expiresAt?: Date;
}

/**
 * Meeting rooms for remote appointments. Called from an outbox job after the booking commits, so
 * both calls are safe to repeat: `createRoom` for the same booking gives the same room (a job
 * retried after a lost answer never makes a second one), and deleting a room that is gone is done.
 *
 * Errors: `VideoRefusedError` (a `PermanentJobError`: retrying cannot help, e.g. a bad API key) or
 * `VideoUnavailableError` (the service is down, slow or unreachable: retry later).
 */
export interface VideoMeetings {
  readonly provider: VideoRoom['provider'];
  createRoom(request: VideoRoomRequest): Promise<VideoRoom>;
  deleteRoom(providerRef: string): Promise<void>;
  /**
   * The `providerRef` of a booking's room, known without asking the provider: a room whose creation
   * answer was lost (so no link was stored) can still be deleted.
   */
  roomRef(bookingId: string): string;
}

/** The provider refused the request; the same request will be refused again. */
export class VideoRefusedError extends PermanentJobError {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'VideoRefusedError';
  }
}

/** The provider could not be reached or failed on its side; a later attempt may succeed. */
export class VideoUnavailableError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'VideoUnavailableError';
  }
}

/** The room is open this long before the session starts, so people can test their camera. */
export const OPENS_BEFORE_MS = 15 * 60_000;
/** ...and closes this long after it was due to end, so an overrunning session is not cut off. */
export const CLOSES_AFTER_MS = 60 * 60_000;

/**
 * A room name for a booking: an HMAC of its id under the server key. The same booking always gets
 * the same name (that is what makes a retry find its room), and without the key nobody can work
 * out the name of another booking's room from its id. 128 bits, in lower-case hex: valid as a
 * Daily room name (letters, digits, `-`, `_`) and as a Jitsi room name, and readable aloud.
 */
export function roomName(key: Buffer, prefix: string, bookingId: string): string {
  const digest = createHmac('sha256', key).update('video.room').update(bookingId).digest();
  return `${prefix}-${digest.subarray(0, 16).toString('hex')}`;
}

export interface JitsiSettings {
  /** e.g. `https://meet.jit.si` or the organisation's own Jitsi. */
  baseUrl: string;
  key: Buffer;
  prefix?: string;
}

/**
 * No network: the link is a room on a Jitsi server (or anything that opens a room from its path),
 * named by `roomName`. Jitsi creates the room when the first person opens the link, so there is
 * nothing to create or delete; the unguessable name is the only lock on the door.
 */
export function jitsiMeetings(settings: JitsiSettings): VideoMeetings {
  const base = settings.baseUrl.replace(/\/+$/, '');
  const prefix = settings.prefix ?? 'slotwise';
  return {
    provider: 'jitsi',
    async createRoom(request) {
      const name = roomName(settings.key, prefix, request.bookingId);
      return { url: `${base}/${name}`, provider: 'jitsi', providerRef: name };
    },
    async deleteRoom() {},
    roomRef: (bookingId) => roomName(settings.key, prefix, bookingId),
  };
}

export interface DailySettings {
  apiKey: string;
  /** Default `https://api.daily.co/v1`; tests point it at a local Daily-shaped server. */
  apiUrl?: string;
  key: Buffer;
  prefix?: string;
  /** Per request. A job's own limit is longer, so a stuck call fails the attempt, not the job. */
  timeoutMs?: number;
  logger?: Logger;
  /** Injected in tests. */
  now?: () => Date;
}

interface DailyRoom {
  id: string;
  name: string;
  url: string;
  privacy: string;
  created_at: string;
  config?: { nbf?: number; exp?: number };
}

/**
 * Daily.co over its REST API (`/rooms`).
 *
 * Rooms are public, with an unguessable name, open from 15 minutes before the session to an hour
 * after its end (`nbf`/`exp`), and everyone is sent out when the room expires. Not private: a
 * private room lets in only holders of a meeting token, so the mailed link alone would leave the
 * customer knocking at a door nobody opens. The name carries 128 bits from the server key, which
 * is as hard to guess as a token, and the time window limits what a forwarded link can do.
 *
 * Creating a room whose name exists (our own earlier attempt, whose answer was lost) is a 400 at
 * Daily; we then fetch that room and, if the booking was moved, move its window with it.
 */
export function dailyMeetings(settings: DailySettings): VideoMeetings {
  const apiUrl = (settings.apiUrl ?? 'https://api.daily.co/v1').replace(/\/+$/, '');
  const prefix = settings.prefix ?? 'slotwise';
  const timeoutMs = settings.timeoutMs ?? 10_000;
  const now = settings.now ?? (() => new Date());
  // Whatever the provider or a network library puts in a message, the key never leaves here.
  const scrub = (text: string) => text.split(settings.apiKey).join('[redacted]');

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const started = Date.now();
    let response: Response;
    try {
      response = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${settings.apiKey}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      const reason = timedOut
        ? `no answer within ${timeoutMs} ms`
        : scrub(error instanceof Error ? String(error.cause ?? error.message) : String(error));
      settings.logger?.warn({ method, path, reason }, 'video service unreachable');
      throw new VideoUnavailableError(`Daily ${method} ${path}: ${reason}`, null);
    }
    let json: unknown = null;
    try {
      const text = await response.text();
      json = text ? JSON.parse(text) : null;
    } catch {
      // An error body we cannot read is still an error with a status; a success we cannot read is not a room.
      if (response.ok)
        throw new VideoUnavailableError(`Daily ${method} ${path}: the answer was cut off or not JSON`, response.status);
    }
    settings.logger?.debug({ method, path, status: response.status, ms: Date.now() - started }, 'video service call');
    return { status: response.status, json };
  }

  function failure(method: string, path: string, status: number, json: unknown): Error {
    const body = (json ?? {}) as { error?: unknown; info?: unknown };
    const code = typeof body.error === 'string' ? body.error : null;
    const info = typeof body.info === 'string' ? scrub(body.info).slice(0, 300) : '';
    const message = `Daily ${method} ${path}: ${status}${code ? ` ${code}` : ''}${info ? `: ${info}` : ''}`;
    // 429 is Daily telling us to back off: the job's back-off does that.
    if (status >= 500 || status === 429 || status === 408) {
      settings.logger?.warn({ method, path, status, code }, 'video service failed; will be retried');
      return new VideoUnavailableError(message, status);
    }
    settings.logger?.error({ method, path, status, code }, 'video service refused the request');
    return new VideoRefusedError(message, status, code);
  }

  const isDuplicateName = (status: number, json: unknown) => {
    const body = (json ?? {}) as { error?: unknown; info?: unknown };
    return (
      status === 400 &&
      body.error === 'invalid-request-error' &&
      typeof body.info === 'string' &&
      /already exists/i.test(body.info)
    );
  };

  function toRoom(json: unknown, method: string, path: string): VideoRoom {
    const room = json as Partial<DailyRoom> | null;
    if (!room || typeof room.url !== 'string' || typeof room.name !== 'string')
      throw new VideoUnavailableError(`Daily ${method} ${path}: an answer without a room`, 200);
    const exp = room.config?.exp;
    return {
      url: room.url,
      provider: 'daily',
      providerRef: room.name,
      ...(typeof exp === 'number' ? { expiresAt: new Date(exp * 1000) } : {}),
    };
  }

  const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

  return {
    provider: 'daily',
    async createRoom(request) {
      if (!(request.endsAt > request.startsAt))
        throw new VideoRefusedError('a video room needs a session that ends after it starts', 0, null);
      const name = roomName(settings.key, prefix, request.bookingId);
      // Never open a room in the past: Daily refuses an `exp` before now, and a late retry of the
      // job for a session already under way must still give a link that works.
      const nbf = seconds(new Date(request.startsAt.getTime() - OPENS_BEFORE_MS));
      const exp = Math.max(seconds(new Date(request.endsAt.getTime() + CLOSES_AFTER_MS)), seconds(now()) + 60);
      const properties = { nbf, exp, eject_at_room_exp: true };
      const created = await call('POST', '/rooms', { name, privacy: 'public', properties });
      if (created.status === 200) {
        settings.logger?.info({ bookingId: request.bookingId, room: name }, 'video room created');
        return toRoom(created.json, 'POST', '/rooms');
      }
      if (!isDuplicateName(created.status, created.json)) throw failure('POST', '/rooms', created.status, created.json);

      const path = `/rooms/${encodeURIComponent(name)}`;
      const existing = await call('GET', path);
      if (existing.status !== 200) throw failure('GET', path, existing.status, existing.json);
      const config = (existing.json as Partial<DailyRoom> | null)?.config;
      if (config?.nbf === nbf && config?.exp === exp) {
        settings.logger?.info({ bookingId: request.bookingId, room: name }, 'video room already existed; reused');
        return toRoom(existing.json, 'GET', path);
      }
      // The booking was moved since the room was made: the same link, a new window.
      const updated = await call('POST', path, { properties });
      if (updated.status !== 200) throw failure('POST', path, updated.status, updated.json);
      settings.logger?.info({ bookingId: request.bookingId, room: name }, 'video room reused with a new window');
      return toRoom(updated.json, 'POST', path);
    },
    async deleteRoom(providerRef) {
      const path = `/rooms/${encodeURIComponent(providerRef)}`;
      const { status, json } = await call('DELETE', path);
      // Already gone (deleted by an earlier attempt, or expired and cleaned up by Daily): done.
      if (status === 200 || status === 404) return;
      throw failure('DELETE', path, status, json);
    },
    roomRef: (bookingId) => roomName(settings.key, prefix, bookingId),
  };
}

/** The adapter the configuration asks for; null when video meetings are turned off. */
export function createVideoMeetings(
  config: Pick<Config, 'video' | 'secretKey' | 'dataDir'>,
  options: { logger?: Logger; timeoutMs?: number } = {},
): VideoMeetings | null {
  const video = config.video;
  if (video.provider === 'none') return null;
  const key = serverKey(config);
  if (video.provider === 'jitsi') return jitsiMeetings({ baseUrl: video.baseUrl, key });
  return dailyMeetings({ apiKey: video.apiKey, apiUrl: video.apiUrl, key, ...options });
}
