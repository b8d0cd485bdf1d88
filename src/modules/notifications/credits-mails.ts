/** The "credits granted" mail: a package purchase settled and its credits can be used. */
import type { Db } from '../../platform/db.ts';
import { formatDateTime, formatMoney } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { PermanentJobError } from '../../platform/jobs.ts';
import { purchaseForMail, waitingPurchaseForMail } from '../credits/packages.service.ts';
import { type MailOrgContact, type RenderedMail, contactFooter, renderMail } from './mail-layout.ts';

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
  data: MailOrgContact & {
    packageName: string;
    credits: number;
    expiresAt: Date | null;
    customerName: string;
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
    contact: contactFooter(locale, data),
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

const payText = {
  en: {
    subject: (name: string) => `Pay for ${name}`,
    body: (name: string) =>
      `Thank you for buying ${name}. Pay as below, with the message, and the credits are in your account as soon as we see the payment; we mail you then.`,
    swishTo: 'Swish to',
    bankTo: 'Bank account',
    amount: 'Amount',
    reference: 'Message / reference',
  },
  sv: {
    subject: (name: string) => `Betala för ${name}`,
    body: (name: string) =>
      `Tack för att du köpte ${name}. Betala enligt nedan, med meddelandet, så finns klippen på ditt konto så snart vi ser betalningen; vi mejlar dig då.`,
    swishTo: 'Swisha till',
    bankTo: 'Bankkonto',
    amount: 'Belopp',
    reference: 'Meddelande / referens',
  },
} as const;

/** A package bought by Swish or bank transfer: where to pay, how much, and the message staff match it by. */
export function packagePaymentMail(
  locale: Locale,
  data: MailOrgContact & {
    packageName: string;
    method: 'swish' | 'bank_transfer';
    payTo: string;
    amount: number;
    currency: string;
    reference: string;
    customerName: string;
  },
): RenderedMail {
  const t = payText[locale];
  return renderMail({
    subject: t.subject(data.packageName),
    greeting: text[locale].hello(data.customerName),
    paragraphs: [t.body(data.packageName)],
    details: [
      [data.method === 'swish' ? t.swishTo : t.bankTo, data.payTo],
      [t.amount, formatMoney(data.amount, data.currency, locale)],
      [t.reference, data.reference],
      [text[locale].package, data.packageName],
    ],
    signature: data.orgName,
    contact: contactFooter(locale, data),
  });
}

/** A package purchase's payment was refunded (all or part): how much, how, and that its credits went. */
export function packageRefundMail(
  locale: Locale,
  data: MailOrgContact & {
    packageName: string;
    amount: number;
    currency: string;
    method: 'card' | 'swish' | 'bank_transfer' | 'venue';
    customerName: string;
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
    contact: contactFooter(locale, data),
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
      contactEmail: org.contactEmail,
      contactPhone: org.contactPhone,
    }),
    messageId: `<job-${job.id}@slotwise>`,
  });
  return 'sent';
}

export function creditsMailHandlers(deps: {
  db: Db;
  mailer: Mailer;
  defaultFrom: string;
}): Record<'mail.credits_granted' | 'mail.package_payment_pending', JobHandler> {
  return {
    'mail.package_payment_pending': async (job) => {
      const purchaseId = (job.payload as { purchaseId?: string }).purchaseId;
      const found = purchaseId ? await waitingPurchaseForMail(deps.db, job.orgId, purchaseId) : null;
      // Paid (or called off) before the mail went out: nothing to ask for any more.
      if (!found) return 'skipped: no longer waiting for its payment';
      const { payment, packageName, customer, org } = found;
      const method = payment.method as 'swish' | 'bank_transfer';
      const payTo = method === 'swish' ? org.swishNumber : org.bankAccount;
      if (!payTo) throw new PermanentJobError(`the organisation has no ${method} details`);
      await deps.mailer.send({
        ...senderOf(org, deps.defaultFrom),
        to: customer.email,
        ...packagePaymentMail(customer.locale ?? org.defaultLocale, {
          packageName,
          method,
          payTo,
          amount: payment.amount,
          currency: payment.currency,
          reference: payment.reference as string,
          customerName: customer.name,
          orgName: org.name,
          contactEmail: org.contactEmail,
          contactPhone: org.contactPhone,
        }),
        messageId: `<job-${job.id}@slotwise>`,
      });
      return 'sent';
    },
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
          contactEmail: org.contactEmail,
          contactPhone: org.contactPhone,
          timeZone: org.timeZone,
        }),
        messageId: `<job-${job.id}@slotwise>`,
      });
      return 'sent';
    },
  };
}
