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
    const transport = nodemailer.createTransport(options.smtpUrl);
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
