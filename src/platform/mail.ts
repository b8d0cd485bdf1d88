import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq, lt } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Db } from './db.ts';

/** Message-IDs of mails an SMTP server (or the mail directory) has accepted. */
export const mailDeliveries = pgTable('mail_deliveries', {
  messageId: text('message_id').primaryKey(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
});

export interface MailAttachment {
  filename: string;
  /** Text, or bytes (a PDF). */
  content: string | Buffer;
  contentType: string;
}

export interface OutgoingMail {
  from: string;
  /** Where the receiver's answer goes, when not to `from`. */
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  /** Extra header fields (List-Unsubscribe and the like). */
  headers?: Record<string, string>;
  /**
   * Stable per job. A mail whose Message-ID was already accepted is not sent again (a job retried
   * after a crash), and a receiver can recognise a resend in the one case left (see `createMailer`).
   */
  messageId?: string;
}

/**
 * The sender of an organisation's mail: its own address (`mail_from`, which may carry a name), else
 * the deployment's MAIL_FROM address under the organisation's name, so that a customer sees which
 * business wrote, whichever deployment sends it; answers go to its reply-to address when it has one.
 */
export function senderOf(
  org: { name: string; mailFrom: string | null; mailReplyTo: string | null },
  defaultFrom: string,
): { from: string; replyTo?: string } {
  const address = addressOf(defaultFrom);
  // A display name is quoted; a quote, backslash or line break in it would end it early.
  const from = org.mailFrom ?? `"${org.name.replace(/["\\\r\n]/g, '')}" <${address}>`;
  return org.mailReplyTo ? { from, replyTo: org.mailReplyTo } : { from };
}

/**
 * The organiser named in an organisation's calendar files: the studio, at the address its customers'
 * answers go to (the reply-to address, else the sender's).
 */
export function organizerOf(
  org: { name: string; mailFrom: string | null; mailReplyTo: string | null },
  defaultFrom: string,
): { name: string; email: string } {
  return { name: org.name, email: org.mailReplyTo ?? addressOf(org.mailFrom ?? defaultFrom) };
}

const addressOf = (from: string) => /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();

export interface Mailer {
  /** Delivers the mail or throws; callers (jobs) retry. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Real SMTP when SMTP_URL is set. Without it, each mail is written as an .eml file under the data
 * directory (open it with any mail program) and logged, so a newcomer sees what would be sent.
 *
 * A mail with a Message-ID is sent at most once as far as the database knows: it is looked up in
 * `mail_deliveries` first and recorded there as soon as the server accepts it. A duplicate can
 * still happen in one window: the server accepted the mail, and the process died (or the database
 * stayed unreachable for a minute) before the record was written. The job then runs again and
 * sends the same Message-ID a second time.
 */
export function createMailer(options: { smtpUrl: string | null; mailDir: string; logger: Logger; db: Db }): Mailer {
  const transport = createTransport(options);
  return {
    async send(mail) {
      const { messageId } = mail;
      if (messageId && (await wasSent(options.db, messageId))) {
        options.logger.info({ messageId, to: mail.to }, 'mail already sent; not sent again');
        return;
      }
      await transport.send(mail);
      if (messageId) await recordSent(options.db, messageId, options.logger);
    },
    close: () => transport.close(),
  };
}

/**
 * Records a Message-ID as sent without sending it: a mail that said the same thing went out under
 * another id (the confirmation that already carried a meeting link), so this one is not sent.
 */
export async function markMailSent(db: Db, messageId: string): Promise<void> {
  await db.insert(mailDeliveries).values({ messageId }).onConflictDoNothing();
}

export async function wasSent(db: Db, messageId: string): Promise<boolean> {
  const rows = await db
    .select({ messageId: mailDeliveries.messageId })
    .from(mailDeliveries)
    .where(eq(mailDeliveries.messageId, messageId));
  return rows.length > 0;
}

const RECORD_FOR_MS = 60_000;

/** Retries through a short database outage: failing here means the mail will be sent again. */
async function recordSent(db: Db, messageId: string, logger: Logger): Promise<void> {
  const until = Date.now() + RECORD_FOR_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      await db.insert(mailDeliveries).values({ messageId }).onConflictDoNothing();
      return;
    } catch (error) {
      if (Date.now() >= until) {
        logger.error({ err: error, messageId }, 'mail sent but not recorded; a retry of its job will send it again');
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 100 * 2 ** attempt)));
    }
  }
}

/** The ledger is kept as long as finished jobs are: a month. */
export async function pruneMailDeliveries(db: Db, now: Date): Promise<void> {
  await db.delete(mailDeliveries).where(lt(mailDeliveries.sentAt, new Date(now.getTime() - 30 * 24 * 3600_000)));
}

function createTransport(options: { smtpUrl: string | null; mailDir: string; logger: Logger }): Mailer {
  if (options.smtpUrl) {
    // Pooled: connecting (and TLS and login) once, not for every mail. Timeouts stay well under a
    // job's time limit, so a stuck server fails the attempt rather than outliving it.
    const url = new URL(options.smtpUrl);
    const defaults = {
      pool: 'true',
      maxConnections: '4',
      connectionTimeout: '15000',
      greetingTimeout: '15000',
      socketTimeout: '60000',
    };
    for (const [name, value] of Object.entries(defaults))
      if (!url.searchParams.has(name)) url.searchParams.set(name, value);
    const transport = nodemailer.createTransport(url.toString());
    return {
      async send(mail) {
        await transport.sendMail(mail);
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const { message } = await transport.sendMail(mail);
      await fs.mkdir(options.mailDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      // Two mails to one address in one millisecond (a cancellation and its refund) each keep a file:
      // the name ends in a random part, and a file is only ever created, never overwritten.
      const file = path.join(
        options.mailDir,
        `${stamp}-${mail.to.replace(/[^\w.@-]/g, '_')}-${randomBytes(4).toString('hex')}.eml`,
      );
      await fs.writeFile(file, message as Buffer, { flag: 'wx' });
      options.logger.info({ to: mail.to, subject: mail.subject, file }, 'mail written to file (no SMTP_URL set)');
    },
    close: () => transport.close(),
  };
}
