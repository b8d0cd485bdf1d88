/**
 * A message staff send from the class roster to everyone booked: the staff's own subject and words,
 * framed (greeting, which class, when) in the recipient's language.
 */
import type { Db } from '../../platform/db.ts';
import { formatDateTime } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { findClass } from '../classes/classes.repo.ts';
import { findCustomer } from '../customers/customers.repo.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { findRosterMessage } from '../roster/roster.repo.ts';
import { type RenderedMail, renderMail } from './mail-layout.ts';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    about: (title: string) => `A message about ${title}, which you are booked for:`,
    cls: 'Class',
    when: 'When',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    about: (title: string) => `Ett meddelande om ${title}, som du är bokad på:`,
    cls: 'Pass',
    when: 'När',
  },
} as const;

export function rosterMessageMail(
  locale: Locale,
  data: {
    subject: string;
    body: string;
    customerName: string;
    classTitle: string;
    startsAt: Date;
    timeZone: string;
    orgName: string;
  },
): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: data.subject,
    greeting: t.hello(data.customerName),
    paragraphs: [
      t.about(data.classTitle),
      ...data.body
        .split(/\r?\n\s*\r?\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    ],
    details: [
      [t.cls, data.classTitle],
      [t.when, `${formatDateTime(data.startsAt, data.timeZone, locale)} (${data.timeZone})`],
    ],
    signature: data.orgName,
  });
}

export function rosterMailHandlers(deps: {
  db: Db;
  mailer: Mailer;
  defaultFrom: string;
}): Record<'mail.roster_message', JobHandler> {
  return {
    'mail.roster_message': async (job) => {
      const { messageId, customerId } = job.payload as { messageId?: string; customerId?: string };
      const message = messageId ? await findRosterMessage(deps.db, job.orgId, messageId) : undefined;
      const customer = customerId ? await findCustomer(deps.db, job.orgId, customerId) : undefined;
      if (!message || !customer) return 'skipped: the message or the customer is gone';
      // An account deleted since: its address is erased and it is mailed nothing.
      if (customer.anonymisedAt) return 'skipped: anonymised';
      const cls = await findClass(deps.db, job.orgId, message.classId);
      const org = await findOrganisationById(deps.db, job.orgId);
      if (!cls || !org) return 'skipped: the class is gone';
      await deps.mailer.send({
        ...senderOf(org, deps.defaultFrom),
        to: customer.email,
        ...rosterMessageMail(customer.locale ?? org.defaultLocale, {
          subject: message.subject,
          body: message.body,
          customerName: customer.name,
          classTitle: cls.title,
          startsAt: cls.startsAt,
          timeZone: org.timeZone,
          orgName: org.name,
        }),
        messageId: `<job-${job.id}@slotwise>`,
      });
      return 'sent';
    },
  };
}
