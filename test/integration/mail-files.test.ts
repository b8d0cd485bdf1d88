// Without SMTP_URL every mail is an .eml file: mails to one address at the same instant (a
// cancellation and its refund, staff notices under a rush) each keep a file of their own.
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { createMailer } from '../../src/platform/mail.ts';
import { type TestApp, startTestApp } from '../support/app.ts';

let t: TestApp;
let dir: string;
before(async () => {
  t = await startTestApp();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'slotwise-mail-'));
});
after(async () => {
  await t.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test('forty mails to one address at once are forty files, each with its own subject', async () => {
  const mailer = createMailer({ smtpUrl: null, mailDir: dir, logger: pino({ level: 'silent' }), db: t.database.db });
  try {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        mailer.send({
          from: 'studio@example.test',
          to: 'same@example.test',
          subject: `Mail ${i}`,
          text: `Number ${i}`,
          html: `<p>Number ${i}</p>`,
          messageId: `<mail-files-${i}@slotwise>`,
        }),
      ),
    );
  } finally {
    mailer.close();
  }
  const files = (await fs.readdir(dir)).filter((name) => name.endsWith('.eml'));
  assert.equal(files.length, 40);
  const subjects = await Promise.all(
    files.map(async (name) => /^Subject: (.*)$/m.exec(await fs.readFile(path.join(dir, name), 'utf8'))?.[1]),
  );
  assert.deepEqual(
    subjects.sort((a, b) => Number(a?.split(' ')[1]) - Number(b?.split(' ')[1])),
    Array.from({ length: 40 }, (_, i) => `Mail ${i}`),
  );
});
