import type { Logger } from 'pino';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail. Until SMTP delivery lands, mails are written to the structured log. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function logMailer(logger: Logger): Mailer {
  return {
    async send(mail) {
      logger.info({ mail }, `mail to ${mail.to}: ${mail.subject}`);
    },
  };
}
