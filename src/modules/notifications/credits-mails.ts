/** The "credits granted" mail: a package purchase settled and its credits can be used. */
import type { Db } from '../../platform/db.ts';
import { formatDateTime, formatMoney } from '../../platform/format.ts';
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

const refundText = {
  en: {
    subject: (name: string) => `Refund for ${name}`,
    body: (amount: string, how: string, name: string) =>
      `We have refunded ${amount} ${how} for ${name}. The credits it stood for are no longer in your account.`,
    how: { card: 'to your card', swish: 'with Swish', bank_transfer: 'to your bank account', venue: 'at the venue' },
    amount: 'Refunded',
  },
  sv: {
    subject: (name: string) => `Återbetalning för ${name}`,
    body: (amount: string, how: string, name: string) =>
      `Vi har återbetalat ${amount} ${how} för ${name}. Klippen som betalningen gällde finns inte längre på ditt konto.`,
    how: { card: 'till ditt kort', swish: 'med Swish', bank_transfer: 'till ditt bankkonto', venue: 'på plats' },
    amount: 'Återbetalt',
  },
} as const;

/** A package purchase's payment was refunded (all or part): how much, how, and that its credits went. */
export function packageRefundMail(
  locale: Locale,
  data: {
    packageName: string;
    amount: number;
    currency: string;
    method: 'card' | 'swish' | 'bank_transfer' | 'venue';
    customerName: string;
    orgName: string;
  },
): RenderedMail {
  const t = refundText[locale];
  const amount = formatMoney(data.amount, data.currency, locale);
  return renderMail({
    subject: t.subject(data.packageName),
    greeting: text[locale].hello(data.customerName),
    paragraphs: [t.body(amount, t.how[data.method], data.packageName)],
    details: [
      [text[locale].package, data.packageName],
      [t.amount, amount],
    ],
    signature: data.orgName,
  });
}

/** The refund mail of a package's payment (the booking refund mail's twin; the caller found the refund). */
export async function sendPackageRefundMail(
  deps: { db: Db; mailer: Mailer; defaultFrom: string },
  job: { id: number | string; orgId: string },
  refund: { amount: number; currency: string },
  payment: { method: 'card' | 'swish' | 'bank_transfer' | 'venue'; packagePurchaseId: string },
): Promise<string> {
  const found = await purchaseForMail(deps.db, job.orgId, payment.packagePurchaseId);
  if (!found) return 'skipped: the purchase is gone';
  const { packageName, customer, org } = found;
  await deps.mailer.send({
    ...senderOf(org, deps.defaultFrom),
    to: customer.email,
    ...packageRefundMail(customer.locale ?? org.defaultLocale, {
      packageName,
      amount: refund.amount,
      currency: refund.currency,
      method: payment.method,
      customerName: customer.name,
      orgName: org.name,
    }),
    messageId: `<job-${job.id}@slotwise>`,
  });
  return 'sent';
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
