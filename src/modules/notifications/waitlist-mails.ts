/** The waitlist's mails: "you are on the list" on joining, and "a spot is yours until …" on an offer. */
import type { Db } from '../../platform/db.ts';
import { formatDateTime } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { JobHandler } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { type LinkDeps, entryForMail } from '../waitlist/waitlist.service.ts';
import { type RenderedMail, renderMail } from './mail-layout.ts';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    joinedSubject: (title: string) => `You are on the waitlist: ${title}`,
    joinedBody: (place: number) =>
      `You are number ${place} in line. When a spot frees up and it is your turn, we mail you and keep the spot for you for a while.`,
    offerSubject: (title: string) => `A spot is free for you: ${title}`,
    offerBody: (until: string) =>
      `A spot has opened up and it is kept for you until ${until}. Claim it before then; after that it goes to the next in line.`,
    class: 'Class',
    when: 'When',
    where: 'Where',
    claimBy: 'Claim by',
    claim: 'Claim the spot',
    see: 'See your place or leave the waitlist',
    leave: 'Not going? Leave the waitlist with one click on the same page.',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    joinedSubject: (title: string) => `Du står på väntelistan: ${title}`,
    joinedBody: (place: number) =>
      `Du är nummer ${place} i kön. När en plats blir ledig och det är din tur mejlar vi dig och håller platsen åt dig en stund.`,
    offerSubject: (title: string) => `En plats är ledig för dig: ${title}`,
    offerBody: (until: string) =>
      `En plats har blivit ledig och hålls åt dig till ${until}. Ta den innan dess; sedan går den till nästa i kön.`,
    class: 'Pass',
    when: 'När',
    where: 'Var',
    claimBy: 'Ta platsen senast',
    claim: 'Ta platsen',
    see: 'Se din plats eller lämna väntelistan',
    leave: 'Kan du inte komma? Lämna väntelistan med ett klick på samma sida.',
  },
} as const;

interface MailData {
  title: string;
  startsAt: Date;
  location: string;
  customerName: string;
  orgName: string;
  timeZone: string;
  url: string;
}

export function waitlistJoinedMail(locale: Locale, data: MailData & { place: number }): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.joinedSubject(data.title),
    greeting: t.hello(data.customerName),
    paragraphs: [t.joinedBody(data.place)],
    details: details(locale, data),
    action: { label: t.see, url: data.url },
    signature: data.orgName,
  });
}

export function waitlistOfferMail(locale: Locale, data: MailData & { expiresAt: Date }): RenderedMail {
  const t = text[locale];
  const until = formatDateTime(data.expiresAt, data.timeZone, locale);
  return renderMail({
    subject: t.offerSubject(data.title),
    greeting: t.hello(data.customerName),
    paragraphs: [t.offerBody(until)],
    details: [...details(locale, data), [t.claimBy, until]],
    action: { label: t.claim, url: data.url },
    after: [t.leave],
    signature: data.orgName,
  });
}

function details(locale: Locale, data: MailData): [string, string][] {
  const t = text[locale];
  const rows: [string, string][] = [
    [t.class, data.title],
    [t.when, `${formatDateTime(data.startsAt, data.timeZone, locale)} (${data.timeZone})`],
  ];
  if (data.location) rows.push([t.where, data.location]);
  return rows;
}

export function waitlistMailHandlers(
  deps: { db: Db; mailer: Mailer; defaultFrom: string } & LinkDeps,
): Record<'mail.waitlist_joined' | 'mail.waitlist_offer', JobHandler> {
  const load = async (payload: unknown) => {
    const entryId = (payload as { entryId?: string }).entryId;
    return entryId ? entryForMail(deps.db, entryId, deps) : undefined;
  };
  const dataOf = (found: NonNullable<Awaited<ReturnType<typeof load>>>): MailData => ({
    title: found.cls.title,
    startsAt: found.cls.startsAt,
    location: found.cls.location,
    customerName: found.customer.name,
    orgName: found.org.name,
    timeZone: found.org.timeZone,
    url: found.dto.url ?? '',
  });
  return {
    'mail.waitlist_joined': async (job) => {
      const found = await load(job.payload);
      if (!found) return 'skipped: the entry is gone';
      // Offered or gone before this went out: the offer mail (or nothing) says what matters.
      if (found.entry.status !== 'waiting' || found.place === null) return `skipped: ${found.entry.status}`;
      await deps.mailer.send({
        ...senderOf(found.org, deps.defaultFrom),
        to: found.customer.email,
        ...waitlistJoinedMail(found.customer.locale ?? found.org.defaultLocale, {
          ...dataOf(found),
          place: found.place,
        }),
        messageId: `<job-${job.id}@slotwise>`,
      });
      return 'sent';
    },
    'mail.waitlist_offer': async (job) => {
      const found = await load(job.payload);
      if (!found) return 'skipped: the entry is gone';
      const { entry } = found;
      if (entry.status !== 'offered' || !entry.offerExpiresAt) return `skipped: ${entry.status}`;
      await deps.mailer.send({
        ...senderOf(found.org, deps.defaultFrom),
        to: found.customer.email,
        ...waitlistOfferMail(found.customer.locale ?? found.org.defaultLocale, {
          ...dataOf(found),
          expiresAt: entry.offerExpiresAt,
        }),
        messageId: `<job-${job.id}@slotwise>`,
      });
      return 'sent';
    },
  };
}
