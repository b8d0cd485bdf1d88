/**
 * The studio's own mail when a customer books, cancels or moves a booking (issue 12): who, what, when in
 * the place's zone (named) — for a move, the time before it too — spots left for a class, price and
 * payment, and a link to it in the dashboard. In the organisation's language, one mail per recipient,
 * and one per event whatever retries the job sees.
 */
import { createHash } from 'node:crypto';
import { orgAddress } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { formatDateTime, formatMoney, formatTime } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { JobPayloads, StaffNoticeEvent } from '../../platform/job-types.ts';
import { type JobHandler, PermanentJobError } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { booked } from '../bookings/bookings.what.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { type BookingView, findBookingView } from '../payments/booking-views.ts';
import { type RenderedMail, renderMail } from './mail-layout.ts';
import { staffRecipients } from './staff-notices.service.ts';

type Method = BookingView['booking']['paymentMethod'];
type PaidBy = Exclude<Method, 'free' | 'venue'>;

const text = {
  en: {
    subject: {
      booked: (who: string, what: string) => `New booking: ${who} — ${what}`,
      cancelled: (who: string, what: string) => `Cancelled: ${who} — ${what}`,
      moved: (who: string, what: string) => `Booking moved: ${who} — ${what}`,
    } satisfies Record<StaffNoticeEvent, unknown>,
    greeting: 'Hello,',
    body: {
      booked: (who: string, title: string) => `${who} has booked ${title}.`,
      cancelled: (who: string, title: string) => `${who} has cancelled their booking of ${title}.`,
      moved: (who: string, title: string) => `${who} has moved their booking of ${title} to a new time.`,
    } satisfies Record<StaffNoticeEvent, unknown>,
    customer: 'Customer',
    email: 'Email',
    phone: 'Phone',
    class: 'Class',
    service: 'Service',
    provider: 'With',
    when: 'When',
    previously: 'Was',
    where: 'Where',
    spots: 'Spots booked',
    spotsLeft: 'Spots left',
    price: 'Price',
    payment: 'Payment',
    free: 'Free',
    atVenue: 'To be paid at the venue',
    onVisit: 'To be paid on the day of the visit',
    afterMeeting: 'To be paid after the meeting',
    notes: 'Notes from the customer',
    paid: {
      card: 'Paid by card',
      swish: 'Paid with Swish',
      bank_transfer: 'Paid by bank transfer',
      credits: 'Paid with credits',
    } satisfies Record<PaidBy, string>,
    waiting: {
      card: 'Card payment not completed',
      swish: 'Waiting for Swish',
      bank_transfer: 'Waiting for the bank transfer',
      credits: 'Paid with credits',
    } satisfies Record<PaidBy, string>,
    open: 'Open in the dashboard',
    why: 'You get this mail because staff notifications are on in the settings.',
  },
  sv: {
    subject: {
      booked: (who: string, what: string) => `Ny bokning: ${who} — ${what}`,
      cancelled: (who: string, what: string) => `Avbokad: ${who} — ${what}`,
      moved: (who: string, what: string) => `Bokning flyttad: ${who} — ${what}`,
    } satisfies Record<StaffNoticeEvent, unknown>,
    greeting: 'Hej,',
    body: {
      booked: (who: string, title: string) => `${who} har bokat ${title}.`,
      cancelled: (who: string, title: string) => `${who} har avbokat ${title}.`,
      moved: (who: string, title: string) => `${who} har flyttat sin bokning av ${title} till en ny tid.`,
    } satisfies Record<StaffNoticeEvent, unknown>,
    customer: 'Kund',
    email: 'E-post',
    phone: 'Telefon',
    class: 'Pass',
    service: 'Tjänst',
    provider: 'Med',
    when: 'När',
    previously: 'Tidigare',
    where: 'Var',
    spots: 'Bokade platser',
    spotsLeft: 'Platser kvar',
    price: 'Pris',
    payment: 'Betalning',
    free: 'Gratis',
    atVenue: 'Betalas på plats',
    onVisit: 'Betalas vid besöket',
    afterMeeting: 'Betalas efter mötet',
    notes: 'Kundens meddelande',
    paid: {
      card: 'Betald med kort',
      swish: 'Betald med Swish',
      bank_transfer: 'Betald med banköverföring',
      credits: 'Betald med klippkort',
    } satisfies Record<PaidBy, string>,
    waiting: {
      card: 'Kortbetalningen är inte klar',
      swish: 'Väntar på Swish',
      bank_transfer: 'Väntar på banköverföringen',
      credits: 'Betald med klippkort',
    } satisfies Record<PaidBy, string>,
    open: 'Öppna i adminpanelen',
    why: 'Du får det här mejlet eftersom aviseringar till personalen är påslagna i inställningarna.',
  },
} as const;

export interface StaffNoticeData {
  orgName: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string | null;
  kind: 'class' | 'appointment';
  title: string;
  providerName: string | null;
  startsAt: Date;
  endsAt: Date;
  /** A move's time before it; null for a booking or a cancellation. */
  previous: { startsAt: Date; endsAt: Date } | null;
  timeZone: string;
  place: string;
  /** Where it happens decides where a venue payment is made: at the venue, on the visit, after a video meeting. */
  placeKind: 'venue' | 'customer' | 'remote';
  /** What the customer wrote when booking (an appointment's notes: a door code, a pet), or null. */
  notes: string | null;
  spots: number;
  /** A class's spots not taken when the mail is written; null for an appointment. */
  spotsLeft: number | null;
  price: { amount: number; currency: string };
  paymentMethod: Method;
  paid: boolean;
  dashboardUrl: string;
}

export function staffNoticeMail(locale: Locale, event: StaffNoticeEvent, d: StaffNoticeData): RenderedMail {
  const t = text[locale];
  const span = (startsAt: Date, endsAt: Date) =>
    `${formatDateTime(startsAt, d.timeZone, locale)}–${formatTime(endsAt, d.timeZone, locale)} (${d.timeZone})`;
  const details: [string, string][] = [
    [t.customer, d.customerName],
    [t.email, d.customerEmail],
  ];
  if (d.customerPhone) details.push([t.phone, d.customerPhone]);
  details.push([d.kind === 'class' ? t.class : t.service, d.title]);
  if (d.providerName) details.push([t.provider, d.providerName]);
  details.push([t.when, span(d.startsAt, d.endsAt)]);
  if (d.previous) details.push([t.previously, span(d.previous.startsAt, d.previous.endsAt)]);
  if (d.place) details.push([t.where, d.place]);
  if (d.spots > 1) details.push([t.spots, String(d.spots)]);
  if (d.spotsLeft !== null) details.push([t.spotsLeft, String(d.spotsLeft)]);
  if (d.paymentMethod !== 'free') details.push([t.price, formatMoney(d.price.amount, d.price.currency, locale)]);
  details.push([t.payment, paymentState(locale, d.paymentMethod, d.paid, d.placeKind)]);
  if (d.notes) details.push([t.notes, d.notes]);
  return renderMail({
    // The customer's name and no more of them: a subject is shown on lock screens and in lists.
    subject: t.subject[event](
      d.customerName,
      `${d.title}, ${formatDateTime(d.startsAt, d.timeZone, locale)} (${d.timeZone})`,
    ),
    greeting: t.greeting,
    paragraphs: [t.body[event](d.customerName, d.title)],
    details,
    action: { label: t.open, url: d.dashboardUrl },
    after: [t.why],
    signature: d.orgName,
  });
}

function paymentState(locale: Locale, method: Method, paid: boolean, place: StaffNoticeData['placeKind']): string {
  const t = text[locale];
  if (method === 'free') return t.free;
  if (method === 'venue') return place === 'customer' ? t.onVisit : place === 'remote' ? t.afterMeeting : t.atVenue;
  return paid ? t.paid[method] : t.waiting[method];
}

/** Whether staff were (or would have been) told of the booking: it was confirmed when made, or paid. */
const wasConfirmed = (view: BookingView) =>
  view.booking.paymentMethod === 'free' ||
  view.booking.paymentMethod === 'venue' ||
  view.booking.paymentMethod === 'credits' ||
  view.payment?.status === 'succeeded';

/**
 * One Message-ID per booking, event and recipient: a retry after some recipients got it sends only to
 * the others, and a second job for the same booking or cancellation (none is queued today) sends nothing.
 * A booking may move many times, each a mail of its own: a move's id also names its job, which its
 * retries keep.
 */
const noticeMessageId = (bookingId: string, event: StaffNoticeEvent, jobId: number, to: string) =>
  `<staff-${event}-${bookingId}${event === 'moved' ? `-${jobId}` : ''}-${createHash('sha256').update(to.toLowerCase()).digest('hex').slice(0, 16)}@slotwise>`;

export function staffNoticeHandlers(deps: {
  db: Db;
  mailer: Mailer;
  defaultFrom: string;
  publicUrl: string;
}): Record<'mail.staff_notice', JobHandler> {
  return {
    'mail.staff_notice': async (job) => {
      const { bookingId, event, previousStartsAt, previousEndsAt } = job.payload as Partial<
        JobPayloads['mail.staff_notice']
      >;
      if (!bookingId || (event !== 'booked' && event !== 'cancelled' && event !== 'moved'))
        throw new PermanentJobError('staff notice job without bookingId or event');
      const previous =
        event === 'moved' && previousStartsAt && previousEndsAt
          ? { startsAt: new Date(previousStartsAt), endsAt: new Date(previousEndsAt) }
          : null;
      if (event === 'moved' && !previous) throw new PermanentJobError('staff notice of a move without its time before');
      const [view, org] = await Promise.all([
        findBookingView(deps.db, job.orgId, { id: bookingId }),
        findOrganisationById(deps.db, job.orgId),
      ]);
      if (!view || !org) return 'skipped: the booking is gone';
      // Read now, not when the booking was made: switching it off stops what is still queued.
      if (!org.staffNotify) return 'skipped: staff notifications are off';
      const { status, source, cancelledBy } = view.booking;
      if (event === 'booked') {
        if (source === 'staff') return 'skipped: booked by staff';
        // Queued when it was confirmed: cancelled since, it is still told, and its cancellation after it.
        if (status === 'pending') return 'skipped: the booking is pending';
      } else if (event === 'cancelled') {
        if (status !== 'cancelled' || cancelledBy !== 'customer') return 'skipped: not cancelled by the customer';
        if (!wasConfirmed(view)) return 'skipped: it was never confirmed';
      } else {
        // Cancelled since: its cancellation is what staff need to know (and are told, if the customer did it).
        if (status === 'cancelled') return 'skipped: cancelled since';
        // Not told of yet: its "New booking" comes when it is paid, and names the new time.
        if (!wasConfirmed(view)) return 'skipped: it was never confirmed';
      }
      const recipients = await staffRecipients(deps.db, org);
      if (recipients.length === 0) return 'skipped: nobody to tell';
      const what = booked(view);
      const address = orgAddress(deps.publicUrl, org);
      const mail = staffNoticeMail(org.defaultLocale, event, {
        orgName: org.name,
        customerName: view.customer.name,
        customerEmail: view.customer.email,
        customerPhone: view.booking.customerPhone,
        kind: what.kind,
        title: what.title,
        providerName: what.kind === 'appointment' ? what.hostName : null,
        startsAt: what.startsAt,
        endsAt: what.endsAt,
        previous,
        // An appointment at a location is in that place's time; everything else in the organisation's.
        timeZone: view.location?.timeZone ?? org.timeZone,
        place: what.remote ? '' : what.place,
        placeKind: what.remote ? 'remote' : what.atCustomer ? 'customer' : 'venue',
        notes: view.booking.customerNotes,
        spots: view.booking.spots,
        spotsLeft: view.cls ? Math.max(0, view.cls.maxSpots - view.cls.spotsTaken) : null,
        price: { amount: view.booking.priceAmount, currency: view.booking.currency },
        paymentMethod: view.booking.paymentMethod,
        paid: view.payment?.status === 'succeeded',
        dashboardUrl: view.cls
          ? `${address}/admin/classes/${view.cls.id}`
          : `${address}/admin/providers/${view.provider?.id ?? ''}/schedule`,
      });
      for (const to of recipients) {
        await deps.mailer.send({
          ...senderOf(org, deps.defaultFrom),
          to,
          ...mail,
          messageId: noticeMessageId(view.booking.id, event, job.id, to),
        });
      }
      return `sent to ${recipients.length}`;
    },
  };
}
