/** The loyalty mail: a redemption's confirmation, with the promo code or credits it issued. */
import type { Db } from '../../platform/db.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { redemptionForMail } from '../loyalty/loyalty.service.ts';
import type { RedemptionDto } from '../loyalty/loyalty.schema.ts';
import { type RenderedMail, renderMail } from './mail-layout.ts';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    subject: (reward: string) => `You redeemed ${reward}`,
    body: (reward: string, points: number) => `You spent ${points} points on ${reward}.`,
    promo: 'Your promo code is below. It can be used once: enter it when you book.',
    credits: 'The credits are in your account and can be used when you book.',
    pending: 'We will hand it over at your next visit.',
    reward: 'Reward',
    code: 'Promo code',
    points: 'Points spent',
    balance: 'Points left',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    subject: (reward: string) => `Du har löst in ${reward}`,
    body: (reward: string, points: number) => `Du har använt ${points} poäng till ${reward}.`,
    promo: 'Din kampanjkod står nedan. Den kan användas en gång: ange den när du bokar.',
    credits: 'Klippen finns på ditt konto och kan användas när du bokar.',
    pending: 'Vi lämnar över den vid ditt nästa besök.',
    reward: 'Belöning',
    code: 'Kampanjkod',
    points: 'Använda poäng',
    balance: 'Poäng kvar',
  },
} as const;

export function redemptionMail(
  locale: Locale,
  data: { redemption: RedemptionDto; customerName: string; orgName: string; balance: number },
): RenderedMail {
  const t = text[locale];
  const { redemption } = data;
  const details: [string, string][] = [[t.reward, redemption.rewardName]];
  if (redemption.promoCode) details.push([t.code, redemption.promoCode]);
  details.push([t.points, String(redemption.points)], [t.balance, String(data.balance)]);
  const next = redemption.promoCode ? t.promo : redemption.kind === 'credits' ? t.credits : t.pending;
  return renderMail({
    subject: t.subject(redemption.rewardName),
    greeting: t.hello(data.customerName),
    paragraphs: [t.body(redemption.rewardName, redemption.points), next],
    details,
    signature: data.orgName,
  });
}

export function loyaltyMailHandlers(deps: {
  db: Db;
  mailer: Mailer;
  defaultFrom: string;
}): Record<'mail.loyalty_redeemed', JobHandler> {
  return {
    'mail.loyalty_redeemed': async (job) => {
      const redemptionId = (job.payload as { redemptionId?: string }).redemptionId;
      const found = redemptionId ? await redemptionForMail(deps.db, job.orgId, redemptionId) : null;
      if (!found) return 'skipped: the redemption is gone';
      const { redemption, customer, org, balance } = found;
      if (redemption.status === 'cancelled') return 'skipped: cancelled';
      await deps.mailer.send({
        ...senderOf(org, deps.defaultFrom),
        to: customer.email,
        ...redemptionMail(customer.locale ?? org.defaultLocale, {
          redemption,
          customerName: customer.name,
          orgName: org.name,
          balance,
        }),
        messageId: `<job-${job.id}@slotwise>`,
      });
      return 'sent';
    },
  };
}
