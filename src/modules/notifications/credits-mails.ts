/** The "credits granted" mail: a package purchase settled and its credits can be used. */
import type { Db } from '../../platform/db.ts';
import { formatDateTime } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { purchaseForMail } from '../credits/packages.service.ts';
import { type RenderedMail, renderMail } from './mail-layout.ts';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    subject: (credits: number) => `${credits} credits are in your account`,
    body: (name: string) =>
      `Thank you for buying ${name}. The credits are in your account and can be used when you book.`,
    package: 'Package',
    credits: 'Credits',
    expires: 'Valid until',
    never: 'No end date',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    subject: (credits: number) => `${credits} klipp finns nu på ditt konto`,
    body: (name: string) => `Tack för att du köpte ${name}. Klippen finns på ditt konto och kan användas när du bokar.`,
    package: 'Klippkort',
    credits: 'Klipp',
    expires: 'Giltiga till',
    never: 'Inget slutdatum',
  },
} as const;

export function creditsGrantedMail(
  locale: Locale,
  data: {
    packageName: string;
    credits: number;
    expiresAt: Date | null;
    customerName: string;
    orgName: string;
    timeZone: string;
  },
): RenderedMail {
  const t = text[locale];
  const expires = data.expiresAt ? formatDateTime(data.expiresAt, data.timeZone, locale) : t.never;
  return renderMail({
    subject: t.subject(data.credits),
    greeting: t.hello(data.customerName),
    paragraphs: [t.body(data.packageName)],
    details: [
      [t.package, data.packageName],
      [t.credits, String(data.credits)],
      [t.expires, expires],
    ],
    signature: data.orgName,
  });
}

export function creditsMailHandlers(deps: {
  db: Db;
  mailer: Mailer;
  defaultFrom: string;
}): Record<'mail.credits_granted', JobHandler> {
  return {
    'mail.credits_granted': async (job) => {
      const purchaseId = (job.payload as { purchaseId?: string }).purchaseId;
      const found = purchaseId ? await purchaseForMail(deps.db, job.orgId, purchaseId) : null;
      if (!found) return 'skipped: the purchase or its credits are gone';
      const { purchase, grant, packageName, customer, org } = found;
      // Refunded before the mail went out: its credits were taken back, there is nothing to announce.
      if (purchase.status !== 'paid') return `skipped: ${purchase.status}`;
      await deps.mailer.send({
        ...senderOf(org, deps.defaultFrom),
        to: customer.email,
        ...creditsGrantedMail(customer.locale ?? org.defaultLocale, {
          packageName,
          credits: grant.credits,
          expiresAt: grant.expiresAt,
          customerName: customer.name,
          orgName: org.name,
          timeZone: org.timeZone,
        }),
        messageId: `<job-${job.id}@slotwise>`,
      });
      return 'sent';
    },
  };
}
