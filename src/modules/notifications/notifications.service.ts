import { type BookingView, findBookingView } from '../payments/booking-views.ts';
import { booked } from '../bookings/bookings.what.ts';
import type { Db } from '../../platform/db.ts';
import { buildIcs } from '../../platform/ics.ts';
import type { JobKind } from '../../platform/job-types.ts';
import { type JobHandler, type JobRow, PermanentJobError } from '../../platform/jobs.ts';
import type { Mailer, OutgoingMail } from '../../platform/mail.ts';
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
  passwordResetMail,
  paymentPendingMail,
  refundIssuedMail,
  reminderMail,
  bookingMovedMail,
} from './notifications.templates.ts';
import { findPayment, findRefund } from '../payments/payments.repo.ts';

export const mailJobs = {
  bookingConfirmed: 'mail.booking_confirmed',
  bookingCancelled: 'mail.booking_cancelled',
  reminder: 'mail.booking_reminder',
  bookingMoved: 'mail.booking_moved',
  passwordReset: 'mail.password_reset',
  paymentPending: 'mail.payment_pending',
  refundIssued: 'mail.refund_issued',
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
          calendarUrl: calendarFeedUrl(deps.publicUrl, deps.tokenKey, view.customer.id),
        });
        await send(deps, job, org, view, mail, [icsAttachment(view, org, data, false)]);
        return 'sent';
      }),
    [mailJobs.bookingMoved]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        if (booked(view).cancelled) return 'skipped: the booking was cancelled';
        const mail = bookingMovedMail(localeOf(view, org), data);
        await send(deps, job, org, view, mail, [icsAttachment(view, org, data, false)]);
        return 'sent';
      }),
    [mailJobs.reminder]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        const what = booked(view);
        if (what.cancelled) return 'skipped: cancelled';
        if (what.startsAt <= deps.now()) return 'skipped: it has started';
        await send(deps, job, org, view, reminderMail(localeOf(view, org), data), []);
        return 'sent';
      }),
    [mailJobs.bookingCancelled]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        const by = (job.payload as { by?: CancelledBy }).by ?? 'staff';
        const mail = bookingCancelledMail(localeOf(view, org), data, by);
        await send(deps, job, org, view, mail, [icsAttachment(view, org, data, true)]);
        return 'sent';
      }),
    [mailJobs.paymentPending]: (job) =>
      withBooking(deps, job, async (view, org, data) => {
        if (view.booking.status !== 'pending' || !view.booking.holdExpiresAt)
          return 'skipped: no longer waiting for payment';
        const payment = await findPayment(deps.db, org.id, { bookingId: view.booking.id });
        if (!payment || payment.method === 'card' || !payment.reference) return 'skipped: no manual payment';
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
        from: org.mailFrom ?? deps.defaultFrom,
        to: user.email,
        ...mail,
        messageId: messageId(job),
      });
      return 'sent';
    },
  };
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
  const what = booked(view);
  const deadline = new Date(what.startsAt.getTime() - org.cancellationDeadlineHours * 3600_000);
  const data: BookingMailData = {
    orgName: org.name,
    timeZone: org.timeZone,
    customerName: view.customer.name,
    classTitle: what.title,
    startsAt: what.startsAt,
    endsAt: what.endsAt,
    location: what.place,
    instructorName: what.hostName,
    spots: view.booking.spots,
    price: { amount: view.booking.priceAmount, currency: view.booking.currency },
    paymentMethod: view.booking.paymentMethod,
    manageUrl: manageUrl(deps.publicUrl, manageToken(deps.tokenKey, view.booking.id)),
    cancellableUntil: deadline > deps.now() ? deadline : null,
  };
  return fn(view, org, data);
}

const localeOf = (view: BookingView, org: OrgRow) => view.customer.locale ?? org.defaultLocale;

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
    from: org.mailFrom ?? deps.defaultFrom,
    to: view.customer.email,
    ...mail,
    ...(attachments && attachments.length > 0 ? { attachments } : {}),
    messageId: messageId(job),
  });
}

function icsAttachment(view: BookingView, org: OrgRow, data: BookingMailData, cancelled: boolean) {
  const ics = buildIcs({
    name: org.name,
    method: cancelled ? 'CANCEL' : 'PUBLISH',
    events: [bookingIcsEvent(view.booking.id, { ...booked(view), cancelled }, org, data.manageUrl)],
  });
  return {
    filename: 'booking.ics',
    content: ics,
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? 'CANCEL' : 'PUBLISH'}`,
  };
}
