/**
 * The waitlist's mails: "you are on the list" on joining, "a spot is yours until …" on an offer, "your
 * offer lapsed" when it ran out, and "the class is cancelled" to everyone still in line when it is. The first two carry a one-click leave: a link to a page that leaves when
 * it has loaded, and List-Unsubscribe headers for mail programs (RFC 8058), since they go to people who
 * may no longer want them.
 */
import { orgAddress } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { formatDateTime } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import { type JobHandler, PermanentJobError } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import {
  type LinkDeps,
  closedEntriesOfClass,
  entryForMail,
  waitlistLeavePage,
  waitlistUnsubscribeUrl,
} from '../waitlist/waitlist.service.ts';
import { type MailOrgContact, type RenderedMail, contactFooter, renderMail } from './mail-layout.ts';

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
    leaveLink: 'Leave the waitlist (one click)',
    lapsedSubject: (title: string) => `Your offered spot has gone on: ${title}`,
    lapsedBody: (until: string) =>
      `The spot we kept for you was not claimed by ${until}, so it went on to the next in line.`,
    lapsedLine: 'You are no longer on the waitlist for this class. If you still want to come, join it again.',
    offeredUntil: 'Offered until',
    joinAgain: 'See the class and join again',
    closedSubject: (title: string) => `Cancelled: ${title}`,
    closedBody: (title: string) =>
      `Unfortunately ${title} has been cancelled, so its waitlist is closed and you are no longer in line. Nothing was booked or charged.`,
    otherClasses: 'See the other classes',
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
    leaveLink: 'Lämna väntelistan (ett klick)',
    lapsedSubject: (title: string) => `Platsen du erbjöds har gått vidare: ${title}`,
    lapsedBody: (until: string) =>
      `Platsen vi höll åt dig togs inte senast ${until}, så den gick vidare till nästa i kön.`,
    lapsedLine:
      'Du står inte längre på väntelistan till det här passet. Vill du fortfarande komma, ställ dig i kön igen.',
    offeredUntil: 'Erbjuden till',
    joinAgain: 'Se passet och ställ dig i kön igen',
    closedSubject: (title: string) => `Inställt: ${title}`,
    closedBody: (title: string) =>
      `Tyvärr är ${title} inställt, så väntelistan är stängd och du står inte längre i kön. Inget har bokats eller debiterats.`,
    otherClasses: 'Se de andra passen',
  },
} as const;

interface MailData extends MailOrgContact {
  title: string;
  startsAt: Date;
  location: string;
  customerName: string;
  orgName: string;
  timeZone: string;
  url: string;
  /** The page that leaves the line on load (the mail's one-click leave). */
  leaveUrl: string;
}

export function waitlistJoinedMail(locale: Locale, data: MailData & { place: number }): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.joinedSubject(data.title),
    greeting: t.hello(data.customerName),
    paragraphs: [t.joinedBody(data.place)],
    details: details(locale, data),
    action: { label: t.see, url: data.url },
    links: [{ label: t.leaveLink, url: data.leaveUrl }],
    signature: data.orgName,
    contact: contactFooter(locale, data),
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
    links: [{ label: t.leaveLink, url: data.leaveUrl }],
    after: [t.leave],
    signature: data.orgName,
    contact: contactFooter(locale, data),
  });
}

export function waitlistLapsedMail(
  locale: Locale,
  data: MailData & { expiresAt: Date; classUrl: string },
): RenderedMail {
  const t = text[locale];
  const until = formatDateTime(data.expiresAt, data.timeZone, locale);
  return renderMail({
    subject: t.lapsedSubject(data.title),
    greeting: t.hello(data.customerName),
    paragraphs: [t.lapsedBody(until), t.lapsedLine],
    details: [...details(locale, data), [t.offeredUntil, until]],
    action: { label: t.joinAgain, url: data.classUrl },
    signature: data.orgName,
    contact: contactFooter(locale, data),
  });
}

export function waitlistClosedMail(locale: Locale, data: MailData & { classesUrl: string }): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.closedSubject(data.title),
    greeting: t.hello(data.customerName),
    paragraphs: [t.closedBody(data.title)],
    details: details(locale, data),
    action: { label: t.otherClasses, url: data.classesUrl },
    signature: data.orgName,
    contact: contactFooter(locale, data),
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
): Record<
  'mail.waitlist_joined' | 'mail.waitlist_offer' | 'mail.waitlist_lapsed' | 'mail.waitlist_closed',
  JobHandler
> {
  const load = async (payload: unknown) => {
    const entryId = (payload as { entryId?: string }).entryId;
    return entryId ? entryForMail(deps.db, entryId, deps) : undefined;
  };
  type Found = NonNullable<Awaited<ReturnType<typeof load>>>;
  const dataOf = (found: Found): MailData => ({
    title: found.cls.title,
    startsAt: found.cls.startsAt,
    location: found.cls.location,
    customerName: found.customer.name,
    orgName: found.org.name,
    contactEmail: found.org.contactEmail,
    contactPhone: found.org.contactPhone,
    timeZone: found.dto.class.timeZone,
    url: found.dto.url ?? '',
    leaveUrl: found.dto.token ? waitlistLeavePage(deps.publicUrl, found.org, found.dto.token) : '',
  });
  const envelope = (found: Found, jobId: number) => ({
    ...senderOf(found.org, deps.defaultFrom),
    to: found.customer.email,
    messageId: `<job-${jobId}@slotwise>`,
  });
  // A mail program's "unsubscribe" leaves the line by a POST to the API (RFC 8058), never by a GET.
  const unsubscribe = (found: Found) =>
    found.dto.token
      ? {
          headers: {
            'List-Unsubscribe': `<${waitlistUnsubscribeUrl(deps.publicUrl, found.dto.token)}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        }
      : {};
  const localeOf = (found: Found) => found.customer.locale ?? found.org.defaultLocale;
  return {
    'mail.waitlist_joined': async (job) => {
      const found = await load(job.payload);
      if (!found) return 'skipped: the entry is gone';
      // Offered or gone before this went out: the offer mail (or nothing) says what matters.
      if (found.entry.status !== 'waiting' || found.place === null) return `skipped: ${found.entry.status}`;
      await deps.mailer.send({
        ...envelope(found, job.id),
        ...unsubscribe(found),
        ...waitlistJoinedMail(localeOf(found), { ...dataOf(found), place: found.place }),
      });
      return 'sent';
    },
    'mail.waitlist_offer': async (job) => {
      const found = await load(job.payload);
      if (!found) return 'skipped: the entry is gone';
      const { entry } = found;
      if (entry.status !== 'offered' || !entry.offerExpiresAt) return `skipped: ${entry.status}`;
      await deps.mailer.send({
        ...envelope(found, job.id),
        ...unsubscribe(found),
        ...waitlistOfferMail(localeOf(found), { ...dataOf(found), expiresAt: entry.offerExpiresAt }),
      });
      return 'sent';
    },
    'mail.waitlist_closed': async (job) => {
      const classId = (job.payload as { classId?: string }).classId;
      if (!classId) throw new PermanentJobError('waitlist closed mail without classId');
      let sent = 0;
      for (const entryId of await closedEntriesOfClass(deps.db, classId)) {
        const found = await entryForMail(deps.db, entryId, deps);
        if (found?.cls.status !== 'cancelled' || found.customer.anonymisedAt) continue;
        // One Message-ID per entry: a retry after some were sent sends only to the others.
        await deps.mailer.send({
          ...envelope(found, job.id),
          messageId: `<waitlist-closed-${entryId}@slotwise>`,
          ...waitlistClosedMail(localeOf(found), {
            ...dataOf(found),
            classesUrl: `${orgAddress(deps.publicUrl, found.org)}/`,
          }),
        });
        sent += 1;
      }
      return `sent ${sent}`;
    },
    'mail.waitlist_lapsed': async (job) => {
      const found = await load(job.payload);
      if (!found) return 'skipped: the entry is gone';
      const { entry } = found;
      if (entry.status !== 'lapsed' || !entry.offerExpiresAt) return `skipped: ${entry.status}`;
      // No List-Unsubscribe: the entry has already left the line, and nothing more is sent about it.
      await deps.mailer.send({
        ...envelope(found, job.id),
        ...waitlistLapsedMail(localeOf(found), {
          ...dataOf(found),
          expiresAt: entry.offerExpiresAt,
          classUrl: `${orgAddress(deps.publicUrl, found.org)}/classes/${found.cls.id}`,
        }),
      });
      return 'sent';
    },
  };
}
