// The TypeScript client (clients/typescript): its example type-checks against the generated types, and
// books a class with an API key against a real server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type TestApp, classInput, startTestApp } from '../support/app.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t?.close());

test('the client and its example type-check against the generated types', async () => {
  const tsc = await run([path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'clients/typescript']);
  assert.equal(tsc.status, 0, tsc.output);
});

test('the example lists the classes and books one with an API key', async () => {
  const admin = await t.admin();
  const created = await admin.post('/api/v1/classes', classInput({ title: 'Client example class', maxSpots: 3 }));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const key = await admin.post('/api/v1/api-keys', { name: 'Example', scopes: ['read', 'bookings:write'] });
  assert.equal(key.status, 201);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = t.app.server.address() as AddressInfo;

  const example = await run(['--import', 'tsx', 'clients/typescript/examples/book-a-class.ts'], {
    SLOTWISE_URL: `http://127.0.0.1:${port}/`,
    SLOTWISE_API_KEY: key.body.secret,
  });
  assert.equal(example.status, 0, example.output);
  const id = /Booked: ([\w-]+)/.exec(example.output)?.[1];
  assert.ok(id, example.output);

  const booking = await admin.get(`/api/v1/bookings/${id}`);
  assert.equal(booking.status, 200);
  assert.ok(JSON.stringify(booking.body).includes(created.body.id), 'a booking in the class made');
  const audit = await admin.get('/api/v1/audit-log');
  assert.ok(JSON.stringify(audit.body).includes('Example'), 'the booking is audited with the key as the actor');
});
