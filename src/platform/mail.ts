import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
  /** Stable per job, so that a receiver can recognise a resend. */
  messageId?: string;
}

export interface Mailer {
  /** Delivers the mail or throws; callers (jobs) retry. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Real SMTP when SMTP_URL is set. Without it, each mail is written as an .eml file under the data
 * directory (open it with any mail program) and logged, so a newcomer sees what would be sent.
 */
export function createMailer(options: { smtpUrl: string | null; mailDir: string; logger: Logger }): Mailer {
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
      const file = path.join(options.mailDir, `${stamp}-${mail.to.replace(/[^\w.@-]/g, '_')}.eml`);
      await fs.writeFile(file, message as Buffer);
      options.logger.info({ to: mail.to, subject: mail.subject, file }, 'mail written to file (no SMTP_URL set)');
    },
    close: () => transport.close(),
  };
}
