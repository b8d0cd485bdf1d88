import type { Logger } from 'pino';
import type { Config } from './config.ts';

export interface Coordinates {
  lat: number;
  lon: number;
}

/**
 * Turns an address into coordinates, for the travel fee. `null` means "could not place it", whatever
 * the reason (not found, the service down, slow or answering nonsense): the caller then prices by
 * postcode zone or says the address could not be placed. It never throws, so a geocoder outage costs
 * a quote its distance, never a booking its answer.
 */
export interface Geocoder {
  lookup(address: string, countryCode?: string): Promise<Coordinates | null>;
}

export interface NominatimSettings {
  /** The service's base URL, e.g. `https://nominatim.openstreetmap.org`; `/search` is added. */
  url: string;
  /** Nominatim's usage policy asks every application to name itself; stock library agents get blocked. */
  userAgent: string;
  /** Per lookup. A customer waits for the quote, so this is short. */
  timeoutMs?: number;
  logger?: Logger;
}

/** One result of Nominatim's `/search?format=jsonv2`; only what we read. Coordinates come as strings. */
interface NominatimPlace {
  lat?: unknown;
  lon?: unknown;
}

const COUNTRY_CODE = /^[a-z]{2}$/;

/**
 * A Nominatim-compatible search API (OpenStreetMap's public instance, a self-hosted Nominatim, or any
 * service that speaks its `/search` shape): `GET /search?q=…&format=jsonv2&limit=1[&countrycodes=se]`.
 *
 * The address is personal data: it goes to the configured service and nowhere else — the log gets the
 * outcome and the status, never the query.
 */
export function nominatimGeocoder(settings: NominatimSettings): Geocoder {
  const base = settings.url.replace(/\/+$/, '');
  const timeoutMs = settings.timeoutMs ?? 5_000;
  const log = settings.logger;

  return {
    async lookup(address, countryCode) {
      const q = address.trim().replace(/\s+/g, ' ');
      if (q === '') return null;
      const params = new URLSearchParams({ q, format: 'jsonv2', limit: '1' });
      const country = countryCode?.trim().toLowerCase();
      // A malformed country code would make Nominatim find nothing; searching everywhere is the better miss.
      if (country && COUNTRY_CODE.test(country)) params.set('countrycodes', country);
      const started = Date.now();
      try {
        const response = await fetch(`${base}/search?${params}`, {
          headers: { 'user-agent': settings.userAgent, accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) {
          await response.body?.cancel();
          log?.warn({ status: response.status }, 'geocoder failed; the address is left unplaced');
          return null;
        }
        const places: unknown = await response.json();
        if (!Array.isArray(places)) {
          log?.warn('geocoder answered something other than a list; the address is left unplaced');
          return null;
        }
        const first = places[0] as NominatimPlace | undefined;
        if (first === undefined) {
          log?.debug({ ms: Date.now() - started }, 'geocoder found no place for the address');
          return null;
        }
        const lat = coordinate(first.lat, 90);
        const lon = coordinate(first.lon, 180);
        if (lat === null || lon === null) {
          log?.warn('geocoder answered a place without usable coordinates; the address is left unplaced');
          return null;
        }
        log?.debug({ ms: Date.now() - started }, 'geocoder placed the address');
        return { lat, lon };
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        const reason = timedOut
          ? `no answer within ${timeoutMs} ms`
          : error instanceof Error
            ? String(error.cause ?? error.message)
            : String(error);
        log?.warn({ reason }, 'geocoder unreachable; the address is left unplaced');
        return null;
      }
    },
  };
}

/** A coordinate as Nominatim writes it (a decimal string), or null if it is not one within ±`limit`. */
function coordinate(value: unknown, limit: number): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  // Number('') is 0: a blank must not place an address at the equator.
  if (typeof value === 'string' && value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

/** The geocoder the configuration asks for; null without `GEOCODER_URL` (addresses are then priced by postcode). */
export function createGeocoder(
  config: Pick<Config, 'geocoder' | 'publicUrl'>,
  options: { logger?: Logger; timeoutMs?: number } = {},
): Geocoder | null {
  if (!config.geocoder) return null;
  return nominatimGeocoder({
    url: config.geocoder.url,
    userAgent: `Slotwise-Geocoder/1 (+${config.publicUrl})`,
    ...options,
  });
}
