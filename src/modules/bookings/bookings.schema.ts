import { z } from 'zod';
import { dateOrDateTimeSchema, emailSchema, localeSchema, moneySchema, nameSchema } from '../../platform/schemas.ts';
import { bookingSources, bookingStatuses, cancelledByValues, paymentMethods } from './bookings.tables.ts';

export const bookingCreateSchema = z.strictObject({
  classId: z.uuid(),
  spots: z.number().int().min(1).max(100).default(1),
  guest: z
    .strictObject({ name: nameSchema, email: emailSchema, locale: localeSchema.optional() })
    .optional()
    .describe('Who books, when not signed in (staff: the customer they book for)'),
  paymentMethod: z
    .enum(['card', 'swish', 'bank_transfer', 'venue'])
    .optional()
    .describe('How the customer pays (ignored for free classes). Default: at the venue, where offered'),
});

export const bookingCancelSchema = z.strictObject({ reason: z.string().trim().max(500).optional() }).default({});

export const bookingListQuerySchema = z.strictObject({
  classId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  email: emailSchema.optional(),
  status: z.enum(bookingStatuses).optional(),
  from: dateOrDateTimeSchema.optional().describe('Classes starting at or after this'),
  to: dateOrDateTimeSchema.optional().describe('Classes starting before the end of this date or this instant'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const myBookingsQuerySchema = z.strictObject({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const manageTokenParams = z.strictObject({ token: z.string().min(20).max(100) });

export const bookingSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(bookingStatuses),
    spots: z.number().int(),
    price: moneySchema,
    paymentMethod: z.enum(paymentMethods),
    source: z.enum(bookingSources),
    createdAt: z.iso.datetime(),
    cancelledAt: z.iso.datetime().nullable(),
    cancelledBy: z.enum(cancelledByValues).nullable(),
    cancelReason: z.string().nullable(),
    cancellableUntil: z.iso.datetime().nullable().describe('Until when the customer may cancel; null if no longer'),
    class: z.object({
      id: z.uuid(),
      title: z.string(),
      location: z.string(),
      instructorName: z.string(),
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime(),
      startsAtLocal: z.iso.datetime({ offset: true }),
      endsAtLocal: z.iso.datetime({ offset: true }),
      timeZone: z.string(),
      status: z.enum(['scheduled', 'cancelled']),
    }),
    customer: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    holdExpiresAt: z.iso.datetime().nullable().describe('A pending booking holds its spots until then'),
    paymentStatus: z
      .enum(['not_required', 'at_venue', 'pending', 'paid', 'partially_refunded', 'refunded', 'unpaid'])
      .describe('Derived from the payment and its refunds'),
    paymentId: z.uuid().nullable(),
    paymentInstructions: z
      .object({
        method: z.enum(['swish', 'bank_transfer']),
        payTo: z.string().nullable(),
        reference: z.string(),
        amount: moneySchema,
      })
      .nullable()
      .describe(
        'While a Swish or bank transfer booking waits for its payment: where to pay, and the reference to write',
      ),
  })
  .meta({ id: 'Booking' });

export const checkoutSchema = z
  .object({
    id: z.uuid().describe('The payment'),
    method: z.enum(['card', 'swish', 'bank_transfer']),
    status: z.enum(['pending', 'succeeded', 'failed', 'cancelled']),
    amount: moneySchema,
    holdExpiresAt: z.iso.datetime().nullable().describe('Pay before this, or the spots are released'),
    reference: z.string().nullable().describe('Swish / bank transfer: the message to write with the payment'),
    payTo: z.string().nullable().describe('Swish number or bank account'),
    clientSecret: z.string().nullable().describe('Card: for Stripe.js confirmCardPayment / Elements'),
    publishableKey: z.string().nullable(),
  })
  .meta({ id: 'Checkout' });

export const bookingCreatedSchema = z
  .object({
    booking: bookingSchema,
    alreadyBooked: z
      .boolean()
      .describe('True when this customer already had a booking in the class; nothing new was created'),
    manageToken: z.string().nullable().describe("The guest's secret for viewing and cancelling without an account"),
    manageUrl: z.string().nullable(),
    payment: checkoutSchema.nullable().describe('Set when the booking waits for a payment'),
  })
  .meta({ id: 'BookingCreated' });

export type BookingCreateInput = z.infer<typeof bookingCreateSchema>;
export type BookingListQuery = z.infer<typeof bookingListQuerySchema>;
export type BookingDto = z.infer<typeof bookingSchema>;
export type BookingCreatedDto = z.infer<typeof bookingCreatedSchema>;
export type CheckoutDto = z.infer<typeof checkoutSchema>;
