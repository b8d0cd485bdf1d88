import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
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
      assert.match(String(response.headers['cache-control']), /max-age=0/, url);
    }
  });

  test('hashed assets are served and cached for good', async () => {
    const response = await app.inject({ url: '/assets/index-abc123.js' });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /javascript/);
    assert.match(String(response.headers['cache-control']), /immutable/);
  });

  test('API paths, missing assets, other methods and non-browser callers keep the JSON 404', async () => {
    const misses = [
      app.inject({ url: '/api/v1/nothing', headers: html }),
      app.inject({ url: '/api/v2/classes', headers: html }),
      app.inject({ url: '/assets/missing.js', headers: html }),
      app.inject({ url: '/manage/some-token', headers: { accept: 'application/json' } }),
      app.inject({ url: '/manage/some-token' }),
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
