import type { Locale } from './i18n.ts';

/**
 * The outbox contract: every kind of background job and the payload it carries. A service enqueues a
 * job of one of these kinds in its own transaction (`enqueue` in `jobs.ts`); the module that owns the
 * side effect registers the handler for the kind where the app is composed (`src/jobs.ts`). So a
 * booking never imports the mail module: both only know this map.
 *
 * Payloads carry ids, not copies of state — the handler re-reads what it needs — except where the
 * state at the time is the point (a webhook event is a fact; a reset link is a secret made once).
 */

export const webhookEventTypes = [
  'booking.created',
  'booking.cancelled',
  'booking.rescheduled',
  'booking.checked_in',
  'booking.completed',
  'booking.no_show',
  'class.cancelled',
  'payment.succeeded',
  'refund.succeeded',
  // protect (issue 13): credits, packages and invoices
  'credits.granted',
  'credits.used',
  'credits.returned',
  'package.purchased',
  'invoice.issued',
  'invoice.paid',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** Who cancelled a booking, as its cancellation mail says. */
export type CancelledBy = 'customer' | 'staff' | 'class_cancelled';

/**
 * What a provider is told about an appointment: it was booked with them, moved (same provider, new
 * time), cancelled, or moved to another provider ('reassigned', told to the one who no longer has it).
 */
export type ProviderChange = 'booked' | 'moved' | 'cancelled' | 'reassigned';

export interface JobPayloads {
  'mail.booking_confirmed': { bookingId: string };
  'mail.booking_cancelled': { bookingId: string; by: CancelledBy };
  'mail.booking_reminder': { bookingId: string };
  /** An appointment moved to another time or provider, or a class booking to another class. */
  'mail.booking_moved': {
    bookingId: string;
    /** The move changed the price (minor units, signed): due later, refunded by card, or neither. */
    priceChange?: { difference: number; currency: string; settlement: 'due' | 'refund' | 'none' };
  };
  'mail.payment_pending': { bookingId: string };
  /** The meeting link of a remote appointment, when it was made after the confirmation went out. */
  'mail.video_link': { bookingId: string };
  /**
   * To the provider's staff account (none linked: no mail). `providerId` names the provider told when
   * it is not the booking's own (the one an appointment was moved away from); `previousStartsAt` is
   * the time before a move, which the booking no longer knows.
   */
  'mail.provider_notice': { bookingId: string; change: ProviderChange; providerId?: string; previousStartsAt?: string };
  /** Makes (or, after a move, re-times) the meeting room of a remote appointment and stores its link. */
  'video.create_room': { bookingId: string };
  /** Best effort: the room of a cancelled appointment is removed. */
  'video.delete_room': { bookingId: string };
  'mail.refund_issued': { refundId: string };
  /** The reset link holds a secret; the handler is its only reader and it expires within the hour. */
  'mail.password_reset': { userId: string; link: string };
  /** To the new address, with the link that confirms it (a secret, like the reset link; valid a day). */
  'mail.email_change_confirm': { userId: string; newEmail: string; link: string };
  /** To the account's address: the link that adds its bookings made as a guest (a signed secret). */
  'mail.guest_bookings_link': { userId: string; link: string };
  /** To a guest's address: the link to their data, export and erasure (a signed secret; valid a day or two). */
  'mail.guest_data_link': { customerId: string; link: string };
  /** To the invited address: the link that joins the team (a secret, like the reset link; valid a week). */
  'mail.team_invitation': { invitationId: string; link: string };
  /** To the current address: someone asked to move the account to `newEmail`. */
  'mail.email_change_notice': { userId: string; newEmail: string };
  /**
   * The manage links of an address's upcoming bookings, asked for by whoever typed the address. The
   * handler decides whether there is anything to send, so that the request answers the same either way.
   */
  'mail.manage_links': { email: string; locale: Locale };
  /**
   * An event for outgoing webhooks, with its id and the state at the time. It has no handler: the
   * database fans it out on insert into a delivery and a 'webhook.deliver' job per subscribed endpoint
   * (migrations/0009), so every retry and every endpoint sees the same event.
   */
  'webhook.event': { id: string; type: WebhookEventType; createdAt: string; data: Record<string, unknown> };
  'webhook.deliver': { deliveryId: string };
  'payment.expire_hold': { bookingId: string };
  /** A package's card payment not completed within the hold time is abandoned (issue 10). */
  'payment.expire_purchase': { paymentId: string };
  'payment.cancel_intent': { paymentId: string };
  'refund.execute': { refundId: string };
  'stripe.event': { eventId: string; type: string; objectId: string | null; refundIds: string[] };
  /**
   * Issues a booking's invoice by the organisation's `invoice_policy`: `moment` says when it was
   * queued, and the handler issues only if the policy asks for an invoice at that moment.
   */
  'invoice.issue': { bookingId: string; moment: InvoiceMoment };
  /** Runs after an invoice's due date: an invoice still open becomes overdue and its reminder is mailed. */
  'invoice.overdue_check': { invoiceId: string };
  /** The invoice (or receipt, or credit note) with its PDF attached. */
  'mail.invoice_issued': { invoiceId: string };
  'mail.invoice_overdue': { invoiceId: string };
  /** A receipt for an invoice paid after it was issued. */
  'mail.invoice_paid': { invoiceId: string };
  /** The redemption's confirmation, with the promo code or credits it issued. */
  'mail.loyalty_redeemed': { redemptionId: string };
  /** A package purchase settled: its credits are in the customer's account. */
  'mail.credits_granted': { purchaseId: string };
  /** A package bought by Swish or bank transfer: where to pay, how much and the message (the credits come when it is marked paid). */
  'mail.package_payment_pending': { purchaseId: string };
  /** A refund succeeded: the points its payment earned are taken back in proportion (loyalty). */
  'loyalty.refund_settled': { refundId: string };
  // waitlist (issue 12)
  /**
   * A spot was offered to a waitlist entry (queued by the database, migrations/0023, at the commit that
   * freed it): the offer's time starts now, by the app's clock, and its mail goes out.
   */
  'waitlist.offer': { entryId: string };
  /** An offer's time ran out: if still unclaimed, its spot goes to the next in line. */
  'waitlist.lapse': { entryId: string };
  /** The offer mail, with the claim link and the time it must be claimed by. */
  'mail.waitlist_offer': { entryId: string };
  /** "You are on the waitlist": the position and the link to see it or leave. */
  'mail.waitlist_joined': { entryId: string };
  /** An offer ran out unclaimed: the spot went on, and the entry has left the line (it may join again). */
  'mail.waitlist_lapsed': { entryId: string };
  /** A class was cancelled: everyone its cancellation took off the waitlist is told (each at most once). */
  'mail.waitlist_closed': { classId: string };
  // end waitlist
  // roster (issue 12 "Attendance")
  /** Staff's message from the class roster to one booked customer, in the customer's language. */
  'mail.roster_message': { messageId: string; customerId: string };
  // notify (issue 12 "Mail")
  /**
   * To the studio (every admin, or the one address set): a customer's booking is confirmed, or a
   * customer cancelled or moved it. The handler reads the setting and who made the booking when it runs;
   * a move carries the time before it (`previousStartsAt`, `previousEndsAt`), which the booking no longer knows.
   */
  'mail.staff_notice': {
    bookingId: string;
    event: StaffNoticeEvent;
    previousStartsAt?: string;
    previousEndsAt?: string;
  };
}

/**
 * What the studio is told of: a booking confirmed (free, at the venue, or paid), or cancelled or moved
 * to another time by its customer.
 */
export type StaffNoticeEvent = 'booked' | 'cancelled' | 'moved';

/** When a booking's invoice is queued: when the booking is made (and paid), or when it is completed. */
export type InvoiceMoment = 'booked' | 'completed';

export type JobKind = keyof JobPayloads;

/** The one pending room job of a booking: a move replaces it, a cancellation drops it. */
export const videoRoomKey = (bookingId: string) => `video:${bookingId}`;

/**
 * The mails about one booking (to its customer, its provider and the studio) are sent one at a time, in
 * the order they were queued (an order key: "Cancelled" never arrives before "New booking").
 */
export const bookingMailsKey = (bookingId: string) => `booking-mails:${bookingId}`;

/** The one pending reminder of a booking is kept under this key, so it can be moved or dropped. */
export const reminderKey = (bookingId: string) => `reminder:${bookingId}`;

/** When a booking's reminder goes out, or null when there is none (switched off, or too late for one). */
export function reminderRunAt(startsAt: Date, reminderHours: number, now: Date): Date | null {
  if (reminderHours === 0) return null;
  const runAt = new Date(startsAt.getTime() - reminderHours * 3600_000);
  return runAt <= now ? null : runAt;
}
