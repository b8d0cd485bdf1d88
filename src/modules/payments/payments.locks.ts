/**
 * What payments, refunds and checkout's settlement share: the payment job kinds and the order in
 * which rows are locked. lockPaymentChain only locks (a booking is read, never written, here): the
 * flows above that write a booking with its payment (checkout) take their locks through it.
 */

import type { OrgContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import type { JobKind } from '../../platform/job-types.ts';
import { type LockedBooking, lockBooking } from '../bookings/bookings.locks.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { toOrgContext } from '../orgs/orgs.service.ts';
import { findPayment } from './payments.repo.ts';
import type { PaymentRow } from './payments.tables.ts';

export const paymentJobs = {
  expireHold: 'payment.expire_hold',
  expirePurchase: 'payment.expire_purchase',
  cancelIntent: 'payment.cancel_intent',
  executeRefund: 'refund.execute',
  stripeEvent: 'stripe.event',
} as const satisfies Record<string, JobKind>;

export const holdKey = (bookingId: string) => `hold:${bookingId}`;

export async function orgContextOf(db: Db, orgId: string): Promise<OrgContext> {
  const row = await findOrganisationById(db, orgId);
  if (!row) throw new Error(`organisation ${orgId} not found`);
  return toOrgContext(row);
}

export interface Locked extends LockedBooking {
  payment: PaymentRow;
}

/** Lock order everywhere (bookings.locks.ts): what is booked, then the booking, then the payment. */
export async function lockPaymentChain(
  tx: Db,
  payment: Pick<PaymentRow, 'orgId' | 'bookingId' | 'id'>,
  options: { confirming?: boolean } = {},
): Promise<Locked> {
  // A package purchase's payment has no booking: settlement takes its own path before this.
  if (!payment.bookingId) throw new Error(`payment ${payment.id} pays for no booking`);
  const locked = await lockBooking(tx, payment.orgId, payment.bookingId, options);
  const lockedPayment = await findPayment(tx, payment.orgId, { id: payment.id }, true);
  if (!locked || !lockedPayment) throw new Error(`payment ${payment.id} lost its booking`);
  return { ...locked, payment: lockedPayment };
}
