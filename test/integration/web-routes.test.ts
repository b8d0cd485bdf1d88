import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import pino from 'pino';
import { webRoutes } from '../../src/modules/web/web.routes.ts';
import { type App, createHttpServer } from '../../src/platform/http.ts';

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

async function serve(root: string): Promise<App> {
  const app = createHttpServer({ logger: pino({ level: 'silent' }), trustProxy: false });
  await webRoutes(app, root);
  await app.ready();
  return app;
}

describe('the built web app', () => {
  let dist: string;
  let app: App;
  before(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'slotwise-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html><div id="root"></div></html>');
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    // What the build writes beside each file (web/vite.config.ts), with a marker to tell them apart.
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js.br'), zlib.brotliCompressSync('console.log("br")'));
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js.gz'), zlib.gzipSync('console.log("gz")'));
    fs.writeFileSync(
      path.join(dist, 'index.html.gz'),
      zlib.gzipSync('<!doctype html><html><div id="root" data-gz></div></html>'),
    );
    app = await serve(dist);
  });
  after(async () => {
    await app.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  test('index.html answers / and every page path a browser asks for, never cached', async () => {
    for (const url of ['/', '/manage/some-token', '/admin/classes/new', '/reset-password?token=x']) {
      const response = await app.inject({ url, headers: html });
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers['content-type']), /^text\/html/, url);
      assert.match(response.body, /id="root"/, url);
      assert.equal(response.headers['cache-control'], 'no-cache', url);
    }
  });

  test('browsers that accept compression get the precompressed files, others the plain ones', async () => {
    const brotli = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.match(String(brotli.headers.vary), /accept-encoding/i);
    assert.equal(zlib.brotliDecompressSync(brotli.rawPayload).toString(), 'console.log("br")');
    assert.match(String(brotli.headers['cache-control']), /immutable/);

    const gzip = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(zlib.gunzipSync(gzip.rawPayload).toString(), 'console.log("gz")');

    const plain = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, 'console.log(1)');

    // index.html has no .br here: the next accepted encoding is used, and the page stays uncached.
    const page = await app.inject({ url: '/classes/x', headers: { ...html, 'accept-encoding': 'br, gzip' } });
    assert.equal(page.headers['content-encoding'], 'gzip');
    assert.match(zlib.gunzipSync(page.rawPayload).toString(), /data-gz/);
    assert.equal(page.headers['cache-control'], 'no-cache');
  });

  test('hashed assets are served and cached for good', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /javascript/);
    assert.match(String(response.headers['cache-control']), /immutable/);
  });

  test('curl (Accept: */*) gets the web app at / and at its routes', async () => {
    for (const url of ['/', '/classes/abc', '/o/studio/classes/abc']) {
      const response = await app.inject({ url, headers: { accept: '*/*' } });
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers['content-type']), /^text\/html/, url);
      assert.match(response.body, /<div id="root">/, url);
    }
  });

  test('/api and /api/v1 point at the documentation and the OpenAPI document', async () => {
    for (const url of ['/api', '/api/v1']) {
      const response = await app.inject({ url, headers: { accept: '*/*' } });
      assert.equal(response.statusCode, 200, url);
      assert.deepEqual(
        { docs: response.json().docs, openapi: response.json().openapi },
        { docs: '/api/docs', openapi: '/api/openapi.json' },
      );
    }
  });

  test('API paths, missing assets, other methods and callers that want no HTML keep the JSON 404', async () => {
    const misses = [
      app.inject({ url: '/api/v1/nothing', headers: html }),
      app.inject({ url: '/api/v1/nothing', headers: { accept: '*/*' } }),
      app.inject({ url: '/api/v2/classes', headers: html }),
      app.inject({ url: '/assets/missing.js', headers: html }),
      app.inject({ url: '/manage/some-token', headers: { accept: 'application/json' } }),
      app.inject({ method: 'POST', url: '/manage/some-token', headers: html, payload: {} }),
    ];
    for (const response of await Promise.all(misses)) {
      assert.equal(response.statusCode, 404, response.body);
      assert.equal(JSON.parse(response.body).error.code, 'route_not_found');
    }
  });
});

test('without a build, browsers are told how to build the web app', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'slotwise-web-'));
  const app = await serve(empty);
  try {
    const response = await app.inject({ url: '/', headers: html });
    assert.equal(response.statusCode, 503);
    assert.match(response.body, /npm run web:build/);
    assert.match(response.body, /\/api\/docs/);
  } finally {
    await app.close();
    fs.rmSync(empty, { recursive: true, force: true });
  }
});
