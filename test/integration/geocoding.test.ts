// The Nominatim geocoding adapter against a local Nominatim-shaped server: what it asks (q, format,
// limit, country, User-Agent), what it answers (coordinates, or null for not found, errors, a timeout,
// a dropped connection or a nonsense answer: never a throw), and what it logs (never the address).
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/platform/config.ts';
import { createGeocoder, nominatimGeocoder } from '../../src/platform/geocoding.ts';
import { type NominatimServer, startNominatimServer } from '../support/nominatim-server.ts';

const ADDRESS = 'Drottninggatan 53, 111 21 Stockholm';
const USER_AGENT = 'Slotwise-Geocoder/1 (+https://book.example.test)';

function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, stream), lines };
}

describe('Nominatim geocoder against a Nominatim-shaped server', () => {
  let server: NominatimServer;
  const geocoder = (extra: Partial<Parameters<typeof nominatimGeocoder>[0]> = {}) =>
    nominatimGeocoder({ url: server.url, userAgent: USER_AGENT, timeoutMs: 2_000, ...extra });

  before(async () => {
    server = await startNominatimServer();
    server.addPlace(ADDRESS, 59.3326, 18.0649, 'se');
    server.addPlace('Karl Johans gate 1, Oslo', 59.9127, 10.7461, 'no');
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  test('a found address gives its coordinates; the request carries q, format, limit, country and a User-Agent', async () => {
    assert.deepEqual(await geocoder().lookup(`  ${ADDRESS.replace(/ /g, '   ')} `, 'SE'), {
      lat: 59.3326,
      lon: 18.0649,
    });
    assert.equal(server.requests.length, 1);
    const [request] = server.requests;
    assert.equal(request?.path, '/search');
    assert.deepEqual(request?.params, { q: ADDRESS, format: 'jsonv2', limit: '1', countrycodes: 'se' });
    assert.equal(request?.userAgent, USER_AGENT);
    assert.equal(request?.status, 200);
  });

  test('not found is null: an unknown address, or one in another country than asked', async () => {
    assert.equal(await geocoder().lookup('Nowhere street 0, Atlantis'), null);
    assert.equal(await geocoder().lookup('Karl Johans gate 1, Oslo', 'se'), null);
    assert.deepEqual(await geocoder().lookup('Karl Johans gate 1, Oslo'), { lat: 59.9127, lon: 10.7461 });
    // A malformed country code is left out rather than sent.
    assert.deepEqual(await geocoder().lookup('Karl Johans gate 1, Oslo', 'Norway'), { lat: 59.9127, lon: 10.7461 });
    assert.equal(server.requests.at(-1)?.params.countrycodes, undefined);
  });

  test('a 500 is null and a warning that names the status, not the address', async () => {
    const { logger, lines } = capturingLogger();
    server.failNext(500);
    assert.equal(await geocoder({ logger }).lookup(ADDRESS), null);
    assert.equal(server.requests[0]?.status, 500);
    const warning = lines.map((line) => JSON.parse(line)).find((entry) => entry.level === 40);
    assert.equal(warning?.status, 500);
    assert.ok(!lines.join('').includes('Drottninggatan'), 'the address stays out of the log');
  });

  test('a service too slow to answer is a timeout: null, logged', async () => {
    const { logger, lines } = capturingLogger();
    server.failNext('hang');
    assert.equal(await geocoder({ logger, timeoutMs: 150 }).lookup(ADDRESS), null);
    assert.match(lines.join(''), /no answer within 150 ms/);
    // The next lookup is answered again.
    assert.deepEqual(await geocoder().lookup(ADDRESS), { lat: 59.3326, lon: 18.0649 });
  });

  test('a dropped connection, or the service not there at all, is null', async () => {
    server.failNext('network');
    assert.equal(await geocoder().lookup(ADDRESS), null);
    assert.equal(await nominatimGeocoder({ url: 'http://127.0.0.1:1', userAgent: USER_AGENT }).lookup(ADDRESS), null);
  });

  test('answers that are not a list of places with coordinates are null, never a guess', async () => {
    const nonsense = [
      'not json',
      '{"lat":"59.3","lon":"18.0"}',
      '[{"display_name":"no coordinates"}]',
      '[{"lat":"","lon":""}]',
      '[{"lat":"91.0","lon":"18.0"}]',
      '[{"lat":"59.3","lon":"east"}]',
      '[{"lat":null,"lon":null}]',
    ];
    for (const body of nonsense) {
      server.reply(body);
      assert.equal(await geocoder().lookup(ADDRESS), null, body);
    }
    assert.equal(server.requests.length, nonsense.length);
  });

  test('a blank address asks nothing', async () => {
    assert.equal(await geocoder().lookup('   '), null);
    assert.equal(server.requests.length, 0);
  });

  test('createGeocoder follows GEOCODER_URL and names Slotwise and its address as the User-Agent', async () => {
    assert.equal(createGeocoder(loadConfig({})), null);
    const configured = createGeocoder(
      loadConfig({ GEOCODER_URL: `${server.url}/`, PUBLIC_URL: 'https://book.example.test' }),
    );
    assert.ok(configured);
    assert.deepEqual(await configured.lookup(ADDRESS), { lat: 59.3326, lon: 18.0649 });
    assert.equal(server.requests[0]?.userAgent, USER_AGENT);
    assert.equal(server.requests[0]?.path, '/search');
  });
});
