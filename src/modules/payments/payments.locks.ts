/** What payments, refunds and Stripe events share: job kinds and the order in which rows are locked. */

import type { OrgContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import type { JobKind } from '../../platform/job-types.ts';
import { findBooking } from '../bookings/bookings.repo.ts';
import type { BookingRow } from '../bookings/bookings.tables.ts';
import { findClass } from '../classes/classes.repo.ts';
import type { ClassRow } from '../classes/classes.tables.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { toOrgContext } from '../orgs/orgs.service.ts';
import { findPayment } from './payments.repo.ts';
import type { PaymentRow } from './payments.tables.ts';

export const paymentJobs = {
  expireHold: 'payment.expire_hold',
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

export interface Locked {
  cls: ClassRow;
  booking: BookingRow;
  payment: PaymentRow;
}

/** Lock order everywhere: class, then booking, then payment. */
export async function lockPaymentChain(
  tx: Db,
  payment: Pick<PaymentRow, 'orgId' | 'bookingId' | 'id'>,
): Promise<Locked> {
  const booking = await findBooking(tx, payment.orgId, { id: payment.bookingId });
  if (!booking) throw new Error(`booking ${payment.bookingId} of payment ${payment.id} not found`);
  const cls = booking.classId ? await findClass(tx, payment.orgId, booking.classId, true) : undefined;
  const lockedBooking = await findBooking(tx, payment.orgId, { id: booking.id }, true);
  const lockedPayment = await findPayment(tx, payment.orgId, { id: payment.id }, true);
  if (!cls || !lockedBooking || !lockedPayment) throw new Error(`payment ${payment.id} lost its class or booking`);
  return { cls, booking: lockedBooking, payment: lockedPayment };
}
