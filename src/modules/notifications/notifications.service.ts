import { createHash } from 'node:crypto';
import { type BookingView, findBookingView, selectBookingViews } from '../payments/booking-views.ts';
import { booked } from '../bookings/bookings.what.ts';
import type { Db } from '../../platform/db.ts';
import { buildIcs } from '../../platform/ics.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { JobKind, JobPayloads, ProviderChange } from '../../platform/job-types.ts';
import { type JobHandler, type JobRow, JobNotReady, PermanentJobError, hasUnfinishedJob } from '../../platform/jobs.ts';
import { type Mailer, type OutgoingMail, markMailSent, organizerOf, senderOf, wasSent } from '../../platform/mail.ts';
import { calendarFeedUrl } from '../customers/customers.service.ts';
import { manageToken, manageUrl } from '../bookings/bookings.dto.ts';
import { bookingIcsEvent } from '../bookings/bookings.ics.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { findUserById } from '../auth/auth.repo.ts';
import {
  type BookingMailData,
  type CancelledBy,
  bookingCancelledMail,
  bookingConfirmedMail,
  manageLinksMail,
  passwordResetMail,
  paymentPendingMail,
  refundIssuedMail,
  reminderMail,
  bookingMovedMail,
  providerNoticeMail,
  videoLinkMail,
} from './notifications.templates.ts';
import { bookingMoney, findPayment, findRefund } from '../payments/payments.repo.ts';
import { sendPackageRefundMail } from './credits-mails.ts';
import { findProvider } from '../providers/providers.repo.ts';
import { providerFeedUrl } from '../providers/providers.feed.ts';

export const mailJobs = {
  bookingConfirmed: 'mail.booking_confirmed',
  bookingCancelled: 'mail.booking_cancelled',
  reminder: 'mail.booking_reminder',
  bookingMoved: 'mail.booking_moved',
  passwordReset: 'mail.password_reset',
  manageLinks: 'mail.manage_links',
  paymentPending: 'mail.payment_pending',
  refundIssued: 'mail.refund_issued',
  videoLink: 'mail.video_link',
  providerNotice: 'mail.provider_notice',
} as const satisfies Record<string, JobKind>;

export interface MailDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  /** Signs manage and calendar links: the same link every time, so a retried mail carries it too. */
  tokenKey: Buffer;
  defaultFrom: string;
  now: () => Date;
}

/** The mail handlers. Each re-reads the booking and may find there is nothing to send. */
export function mailHandlers(deps: MailDeps): Record<(typeof mailJobs)[keyof typeof mailJobs], JobHandler> {
  return {
    [mailJobs.bookingConfirmed]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        if (view.booking.status === 'cancelled') return 'skipped: the booking was cancelled';
        const mail = bookingConfirmedMail(localeOf(view, org), {
          ...data,
          calendarUrl: calendarFeedUrl(deps.publicUrl, deps.tokenKey, view.customer),
        });
        await send(deps, job, org, view, mail, [icsAttachment(view, org, data, false, deps.defaultFrom)]);
        return sentNote(deps, view);
      }),
    [mailJobs.bookingMoved]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        if (booked(view).cancelled) return 'skipped: the booking was cancelled';
        const { priceChange } = job.payload as JobPayloads['mail.booking_moved'];
        const mail = bookingMovedMail(localeOf(view, org), data, priceChange);
        await send(deps, job, org, view, mail, [icsAttachment(view, org, data, false, deps.defaultFrom)]);
        return sentNote(deps, view);
      }),
    [mailJobs.reminder]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        const what = booked(view);
        if (what.cancelled) return 'skipped: cancelled';
        if (what.startsAt <= deps.now()) return 'skipped: it has started';
        if (!(await wantsMail(deps.db, view.customer, 'notifyReminders'))) return 'skipped: reminders are off';
        await send(deps, job, org, view, reminderMail(localeOf(view, org), data), []);
        return sentNote(deps, view);
      }),
    [mailJobs.videoLink]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        const what = booked(view);
        const url = view.booking.videoUrl;
        if (what.cancelled) return 'skipped: the booking was cancelled';
        if (!what.remote || !url) return 'skipped: no meeting link';
        if (what.endsAt <= deps.now()) return 'skipped: the session is over';
        // The confirmation (or the mail of a move) may still be on its way, and it carries the link
        // if it is read after the link was stored: wait for it, rather than send the link twice.
        if (
          await hasUnfinishedJob(deps.db, org.id, [mailJobs.bookingConfirmed, mailJobs.bookingMoved], view.booking.id)
        )
          throw new JobNotReady('the confirmation mail, which may carry the link');
        const id = videoLinkMessageId(view.booking.id, url);
        if (await wasSent(deps.db, id)) return 'skipped: an earlier mail carried the link';
        await deps.mailer.send({
          ...senderOf(org, deps.defaultFrom),
          to: view.customer.email,
          ...videoLinkMail(localeOf(view, org), data),
          messageId: id,
        });
        return 'sent';
      }),
    [mailJobs.providerNotice]: (job) => providerNotice(deps, job),
    [mailJobs.bookingCancelled]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        const by = (job.payload as { by?: CancelledBy }).by ?? 'staff';
        const money = await bookingMoney(deps.db, org.id, view.booking.id);
        // A cancelled class's bookings carry what staff wrote when cancelling it (the code when nothing).
        const reason = view.booking.cancelReason;
        const note = by === 'class_cancelled' && reason && reason !== 'class_cancelled' ? reason : null;
        const mail = bookingCancelledMail(
          localeOf(view, org),
          data,
          by,
          money.paid > 0 ? { currency: data.price.currency, ...money } : null,
          note,
        );
        await send(deps, job, org, view, mail, [icsAttachment(view, org, data, true, deps.defaultFrom)]);
        return 'sent';
      }),
    [mailJobs.paymentPending]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        if (view.booking.status !== 'pending' || !view.booking.holdExpiresAt)
          return 'skipped: no longer waiting for payment';
        const payment = await findPayment(deps.db, org.id, { bookingId: view.booking.id });
        if (!payment || payment.method === 'card' || payment.method === 'venue' || !payment.reference)
          return 'skipped: no manual payment';
        const payTo = payment.method === 'swish' ? org.swishNumber : org.bankAccount;
        if (!payTo) throw new PermanentJobError(`the organisation has no ${payment.method} details`);
        const mail = paymentPendingMail(localeOf(view, org), data, {
          method: payment.method,
          payTo,
          reference: payment.reference,
          amount: { amount: payment.amount, currency: payment.currency },
          deadline: view.booking.holdExpiresAt,
        });
        await send(deps, job, org, view, mail, []);
        return 'sent';
      }),
    [mailJobs.refundIssued]: async (job) => {
      const refundId = (job.payload as { refundId?: string }).refundId;
      const refund = refundId ? await findRefund(deps.db, { id: refundId }) : undefined;
      if (!refund) throw new PermanentJobError('refund mail job without a known refund');
      const payment = await findPayment(deps.db, refund.orgId, { id: refund.paymentId });
      if (!payment) throw new PermanentJobError(`refund ${refund.id} has no payment`);
      // A package's refund has no booking to show: its own mail names the package.
      if (payment.packagePurchaseId)
        return sendPackageRefundMail(deps, job, refund, { ...payment, packagePurchaseId: payment.packagePurchaseId });
      if (!payment.bookingId) return 'skipped: a refund of nothing booked';
      return withBooking(deps, { ...job, payload: { bookingId: payment.bookingId } }, async (view, org, data) => {
        const mail = refundIssuedMail(localeOf(view, org), data, {
          amount: refund.amount,
          currency: refund.currency,
          method: payment.method,
        });
        await send(deps, job, org, view, mail, []);
        return 'sent';
      });
    },
    [mailJobs.passwordReset]: async (job) => {
      const { userId, link } = job.payload as { userId?: string; link?: string };
      if (!userId || !link) throw new PermanentJobError('password reset job without user or link');
      const [org, user] = await Promise.all([
        findOrganisationById(deps.db, job.orgId),
        findUserById(deps.db, job.orgId, userId),
      ]);
      if (!org || !user) return 'skipped: the account is gone';
      const mail = passwordResetMail(user.locale ?? org.defaultLocale, { name: user.name, orgName: org.name, link });
      await deps.mailer.send({
        ...senderOf(org, deps.defaultFrom),
        to: user.email,
        ...mail,
        messageId: messageId(job),
      });
      return 'sent';
    },
    [mailJobs.manageLinks]: (job) => manageLinks(deps, job),
  };
}

/** Bookings listed in one "Email me my bookings" mail; more are rare, and the first ones are the nearest. */
const MANAGE_LINKS_MAX = 20;

/**
 * The links to an address's upcoming, live bookings in this organisation, guest or account alike. An
 * address without any gets no mail: the request that queued this job answered the same either way.
 */
async function manageLinks(deps: MailDeps, job: JobRow): Promise<string> {
  const { email, locale } = job.payload as { email?: string; locale?: Locale };
  if (!email) throw new PermanentJobError('manage links job without an address');
  const org = await findOrganisationById(deps.db, job.orgId);
  if (!org) return 'skipped: the organisation is gone';
  const views = await selectBookingViews(deps.db, org.id, {
    email,
    startFrom: deps.now(),
    order: 'class_asc',
    limit: MANAGE_LINKS_MAX,
    offset: 0,
  });
  const live = views.filter(
    (view) => !booked(view).cancelled && (view.booking.status === 'confirmed' || view.booking.status === 'pending'),
  );
  const first = live[0];
  if (!first) return 'skipped: no upcoming bookings';
  const mail = manageLinksMail(first.customer.locale ?? locale ?? org.defaultLocale, {
    orgName: org.name,
    contactEmail: org.contactEmail,
    contactPhone: org.contactPhone,
    customerName: first.customer.name,
    bookings: live.map((view) => ({
      title: booked(view).title,
      startsAt: booked(view).startsAt,
      timeZone: view.location?.timeZone ?? org.timeZone,
      manageUrl: manageUrl(deps.publicUrl, org, manageToken(deps.tokenKey, view.booking.id)),
    })),
  });
  await deps.mailer.send({ ...senderOf(org, deps.defaultFrom), to: email, ...mail, messageId: messageId(job) });
  return `sent ${live.length} links`;
}

type OrgRow = NonNullable<Awaited<ReturnType<typeof findOrganisationById>>>;

async function withBooking(
  deps: MailDeps,
  job: JobRow,
  fn: (view: BookingView, org: OrgRow, data: BookingMailData) => Promise<string>,
): Promise<string> {
  const bookingId = (job.payload as { bookingId?: string }).bookingId;
  if (!bookingId) throw new PermanentJobError('mail job without bookingId');
  const [view, org] = await Promise.all([
    findBookingView(deps.db, job.orgId, { id: bookingId }),
    findOrganisationById(deps.db, job.orgId),
  ]);
  if (!view || !org) return 'skipped: the booking is gone';
  if (view.customer.anonymisedAt) return 'skipped: the customer deleted their account';
  const what = booked(view);
  // The free-cancellation deadline of the booking's policy (booking-views.ts reads its hours).
  const deadline = new Date(what.startsAt.getTime() - (view.freeHours ?? org.cancellationDeadlineHours) * 3600_000);
  const data: BookingMailData = {
    orgName: org.name,
    contactEmail: org.contactEmail,
    contactPhone: org.contactPhone,
    // An appointment at a location is in that place's local time; everything else in the organisation's.
    timeZone: view.location?.timeZone ?? org.timeZone,
    kind: what.kind,
    remote: what.remote,
    atCustomer: what.atCustomer,
    customerName: view.customer.name,
    classTitle: what.title,
    startsAt: what.startsAt,
    endsAt: what.endsAt,
    location: what.place,
    instructorName: what.hostName,
    spots: view.booking.spots,
    price: { amount: view.booking.priceAmount, currency: view.booking.currency },
    paymentMethod: view.booking.paymentMethod,
    manageUrl: manageUrl(deps.publicUrl, org, manageToken(deps.tokenKey, view.booking.id)),
    cancellableUntil: deadline > deps.now() ? deadline : null,
  };
  return fn(view, org, data);
}

const localeOf = (view: BookingView, org: OrgRow) => view.customer.locale ?? org.defaultLocale;

/**
 * Whether the customer's account (a guest has none, and gets every mail) asked for this kind of
 * optional mail in its profile. Read when the mail is due, so a change made meanwhile counts.
 */
export async function wantsMail(
  db: Db,
  customer: { orgId: string; userId: string | null },
  preference: 'notifyReminders' | 'notifyInvoices',
): Promise<boolean> {
  if (!customer.userId) return true;
  const user = await findUserById(db, customer.orgId, customer.userId);
  return user ? user[preference] : true;
}

/**
 * One Message-ID per booking and link, whichever mail carries it: the confirmation that already
 * showed the link records it as sent, so the separate link mail is not sent as well.
 */
const videoLinkMessageId = (bookingId: string, url: string) =>
  `<video-link-${bookingId}-${createHash('sha256').update(url).digest('hex').slice(0, 16)}@slotwise>`;

/** After a customer mail went out: if it showed the meeting link, the customer has it. */
async function sentNote(deps: MailDeps, view: BookingView): Promise<string> {
  const url = view.booking.videoUrl;
  if (!booked(view).remote || !url) return 'sent';
  await markMailSent(deps.db, videoLinkMessageId(view.booking.id, url));
  return 'sent with the meeting link';
}

/**
 * To the provider's staff account, if one is linked. A booking, move or hand-over is told only while
 * the appointment is confirmed (a booking waiting for payment is told when it is paid); a
 * cancellation only if the provider had been told of the booking: it was confirmed when made (free
 * or paid at the venue) or its payment succeeded.
 */
async function providerNotice(deps: MailDeps, job: JobRow): Promise<string> {
  const payload = job.payload as {
    bookingId?: string;
    change?: ProviderChange;
    providerId?: string;
    previousStartsAt?: string;
  };
  const { bookingId, change } = payload;
  if (!bookingId || !change) throw new PermanentJobError('provider mail job without bookingId or change');
  const [view, org] = await Promise.all([
    findBookingView(deps.db, job.orgId, { id: bookingId }),
    findOrganisationById(deps.db, job.orgId),
  ]);
  if (!view || !org) return 'skipped: the booking is gone';
  if (!view.service || !view.provider) return 'skipped: not an appointment';
  const { status, paymentMethod } = view.booking;
  if (change === 'cancelled') {
    if (status !== 'cancelled') return 'skipped: the booking is live again';
    const wasConfirmed =
      paymentMethod === 'free' ||
      paymentMethod === 'venue' ||
      paymentMethod === 'credits' ||
      view.payment?.status === 'succeeded';
    if (!wasConfirmed) return 'skipped: it was never confirmed';
  } else if (status !== 'confirmed' && status !== 'in_progress') {
    return `skipped: the booking is ${status}`;
  }
  const provider = payload.providerId ? await findProvider(deps.db, org.id, payload.providerId) : view.provider;
  if (!provider?.userId) return 'skipped: the provider has no staff account';
  const user = await findUserById(deps.db, org.id, provider.userId);
  if (!user) return 'skipped: the provider has no staff account';
  const what = booked(view);
  const mail = providerNoticeMail(
    user.locale ?? org.defaultLocale,
    {
      orgName: org.name,
      providerName: provider.name,
      timeZone: provider.timeZone,
      title: what.title,
      startsAt: what.startsAt,
      endsAt: what.endsAt,
      previousStartsAt: payload.previousStartsAt ? new Date(payload.previousStartsAt) : null,
      customerName: view.customer.name,
      customerPhone: view.booking.customerPhone,
      customerNotes: view.booking.customerNotes,
      place: what.place,
      remote: what.remote,
      feedUrl: providerFeedUrl(deps.publicUrl, deps.tokenKey, provider),
    },
    change,
  );
  await deps.mailer.send({
    ...senderOf(org, deps.defaultFrom),
    to: user.email,
    ...mail,
    messageId: messageId(job),
  });
  return 'sent';
}

/** One Message-ID per job: a retried send is recognisably the same mail. */
const messageId = (job: JobRow) => `<job-${job.id}@slotwise>`;

async function send(
  deps: MailDeps,
  job: JobRow,
  org: OrgRow,
  view: BookingView,
  mail: { subject: string; text: string; html: string },
  attachments: OutgoingMail['attachments'],
): Promise<void> {
  await deps.mailer.send({
    ...senderOf(org, deps.defaultFrom),
    to: view.customer.email,
    ...mail,
    ...(attachments && attachments.length > 0 ? { attachments } : {}),
    messageId: messageId(job),
  });
}

function icsAttachment(view: BookingView, org: OrgRow, data: BookingMailData, cancelled: boolean, defaultFrom: string) {
  const ics = buildIcs({
    name: org.name,
    method: cancelled ? 'CANCEL' : 'PUBLISH',
    events: [
      bookingIcsEvent(
        view.booking.id,
        { ...booked(view), cancelled },
        org,
        data.manageUrl,
        organizerOf(org, defaultFrom),
      ),
    ],
  });
  return {
    filename: 'booking.ics',
    content: ics,
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'PUBLISH'}`,
  };
}
