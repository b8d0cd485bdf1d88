import { z } from 'zod';
import {
  dateOrDateTimeSchema,
  emailSchema,
  instantInputSchema,
  localeSchema,
  moneySchema,
  lineSchema,
  nameSchema,
} from '../../platform/schemas.ts';
import { locationModes } from '../services/services.tables.ts';
import { bookingSources, bookingStatuses, cancelledByValues, paymentMethods } from './bookings.tables.ts';

/** Exactly one of the named fields, with a message that says which. */
const exactlyOne =
  (fields: string[]) =>
  (value: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const given = fields.filter((field) => value[field] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: 'custom', path: [], message: `give exactly one of: ${fields.join(', ')}` });
    }
    if (value.serviceId !== undefined && value.start === undefined) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'an appointment needs its start time' });
    }
  };

const appointmentFields = {
  serviceId: z.uuid().optional().describe('Book an appointment of this service'),
  providerId: z
    .uuid()
    .nullable()
    .optional()
    .describe('Appointments: the provider; absent or null for any provider who is free (assigned fairly)'),
  start: instantInputSchema.optional().describe('Appointments: the start, one of the offered slots'),
};

export const holdCreateSchema = z
  .strictObject({
    classId: z.uuid().optional().describe('Hold spots in this class'),
    spots: z.number().int().min(1).max(100).default(1),
    ...appointmentFields,
  })
  .superRefine(exactlyOne(['classId', 'serviceId']));

export const holdSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['class', 'appointment']),
    expiresAt: z.iso.datetime().describe('Book before this, naming the hold, or it lapses'),
    classId: z.uuid().nullable(),
    spots: z.number().int(),
    serviceId: z.uuid().nullable(),
    providerId: z.uuid().nullable(),
    start: z.iso.datetime().nullable(),
    end: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Hold' });

/** Where a service at the customer's happens, for its travel fee: a map pin or a postcode. */
export const placeSchema = z
  .union([
    z
      .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .describe('A map pin, in WGS 84 degrees'),
    z.strictObject({ postcode: z.string().trim().min(1).max(20) }),
  ])
  .describe("Services at the customer's: where, for the travel fee (else the address is placed by the geocoder)");

/** What the booking asks of pricing: a promo code, and the total the customer was shown. */
const pricingFields = {
  promoCode: z.string().trim().min(1).max(100).optional().describe('A promo code; case does not matter'),
  expectedTotal: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('The total of the quote the customer saw; another total answers 409 price_changed with the new quote'),
  withoutPromoIfExhausted: z
    .boolean()
    .optional()
    .describe('Book at the full price when the promo code is used up, instead of 409 promo_exhausted'),
  place: placeSchema.optional(),
};

export const bookingCreateSchema = z
  .strictObject({
    classId: z.uuid().optional().describe('Book spots in this class'),
    spots: z.number().int().min(1).max(100).default(1),
    ...appointmentFields,
    holdId: z.uuid().optional().describe('Book what this hold holds'),
    address: z.string().trim().min(1).max(500).optional().describe("Services at the customer's: where"),
    phone: lineSchema(40)
      .optional()
      .describe(
        "Appointments: how to reach the customer (the web checkout asks for it at the customer's). A signed-in customer's booking also fills in their profile's phone where it has none",
      ),
    notes: z.string().trim().max(2000).optional().describe('Anything the provider should know'),
    saveToProfile: z
      .boolean()
      .optional()
      .describe(
        "Signed-in customer booking an appointment: the phone and address replace my profile's. Without it they fill in only what the profile lacks",
      ),
    guest: z
      .strictObject({ name: nameSchema, email: emailSchema, locale: localeSchema.optional() })
      .optional()
      .describe('Who books, when not signed in (staff: the customer they book for)'),
    paymentMethod: z
      .enum(['card', 'swish', 'bank_transfer', 'venue', 'credits'])
      .optional()
      .describe(
        "How the customer pays (ignored when free). Default: at the venue, where offered. 'credits': from the account's prepaid credits",
      ),
    savedCardId: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .describe("Pay by card with one of my saved cards (GET /me/cards), confirmed at once; paymentMethod 'card'"),
    ...pricingFields,
  })
  .superRefine(exactlyOne(['classId', 'serviceId', 'holdId']))
  .superRefine((value, ctx) => {
    if (value.savedCardId !== undefined && value.paymentMethod !== 'card') {
      ctx.addIssue({
        code: 'custom',
        path: ['paymentMethod'],
        message: "a saved card pays by card: send paymentMethod 'card'",
      });
    }
  });

export const bookingRescheduleSchema = z
  .strictObject({
    providerId: appointmentFields.providerId.describe(
      'Appointments: the provider to move to; null for any provider who is free then; absent keeps the booked provider',
    ),
    start: appointmentFields.start,
    classId: z
      .uuid()
      .optional()
      .describe(
        'Move a class booking to this class (its customer: until `reschedulableUntil`, to a class not started)',
      ),
    expectedTotal: z
      .number()
      .int()
      .min(0)
      .max(Number.MAX_SAFE_INTEGER)
      .optional()
      .describe('The new total the client showed (minor units); another answers 409 price_changed'),
    dryRun: z
      .boolean()
      .optional()
      .describe('True: answer the booking as it would be at the new time, with its price change; nothing is moved'),
  })
  .superRefine((value, ctx) => {
    if ((value.start === undefined) === (value.classId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give a new start (appointment) or a classId (class booking)',
      });
    }
  });

export const bookingCancelSchema = z.strictObject({ reason: z.string().trim().max(500).optional() }).default({});

export const bookingListQuerySchema = z.strictObject({
  classId: z.uuid().optional(),
  serviceId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  kind: z.enum(['class', 'appointment']).optional(),
  customerId: z.uuid().optional(),
  email: emailSchema.optional(),
  status: z.enum(bookingStatuses).optional(),
  from: dateOrDateTimeSchema.optional().describe('Bookings starting at or after this'),
  to: dateOrDateTimeSchema.optional().describe('Bookings starting before the end of this date or this instant'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const myBookingsQuerySchema = z.strictObject({
  when: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/**
 * Any text is looked up: a token that is too short, too long or altered names no booking and answers
 * 404 `booking_not_found`, like one that is well formed, rather than describing what a token looks like.
 */
export const manageTokenParams = z.strictObject({ token: z.string() });

export const manageLinksRequestSchema = z.strictObject({ email: emailSchema });

export const priceLineSchema = z.object({
  kind: z.enum(['base', 'travel', 'surcharge', 'discount']),
  label: z.string(),
  quantity: z.number().int(),
  unitAmount: z.number().int(),
  amount: z.number().int().describe('As entered (with or without tax, per pricesIncludeTax); discounts negative'),
  ref: z.string().nullable().describe('The surcharge rule id, the postcode zone or the promo code'),
});

/** The quote a booking was made at, line by line with each line's tax. */
export const bookingPricingSchema = z
  .object({
    lines: z.array(
      priceLineSchema.extend({
        tax: z.object({ name: z.string(), basisPoints: z.number().int(), amount: z.number().int() }).nullable(),
      }),
    ),
    pricesIncludeTax: z.boolean(),
    subtotal: moneySchema,
    discount: moneySchema,
    taxTotal: moneySchema,
    total: moneySchema,
    depositDueNow: moneySchema.describe('The payment asked for at booking'),
    promoCode: z.string().nullable(),
  })
  .meta({ id: 'BookingPricing' });

export const bookingSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['class', 'appointment']).describe("Spots in a class, or a provider's time"),
    status: z.enum(bookingStatuses),
    title: z.string().describe("The class's title or the service's name"),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    startsAtLocal: z.iso.datetime({ offset: true }),
    endsAtLocal: z.iso.datetime({ offset: true }),
    timeZone: z.string().describe("The organisation's time zone, in which the local times are given"),
    spots: z.number().int(),
    price: moneySchema.describe('The total, tax included'),
    pricing: bookingPricingSchema
      .nullable()
      .describe('How the price was made up (null for bookings made before prices had lines)'),
    paid: moneySchema.describe('Paid so far, less refunds'),
    due: moneySchema.describe('Still to pay: the rest after a deposit, or all of it at the venue; 0 once cancelled'),
    paymentMethod: z.enum(paymentMethods),
    source: z.enum(bookingSources),
    createdAt: z.iso.datetime(),
    cancelledAt: z.iso.datetime().nullable(),
    cancelledBy: z.enum(cancelledByValues).nullable(),
    cancelReason: z.string().nullable(),
    cancellableUntil: z.iso.datetime().nullable().describe('Until when the customer may cancel; null if no longer'),
    reschedulableUntil: z.iso
      .datetime()
      .nullable()
      .describe('Until when the customer may move it (to another time, or another class); null if no longer'),
    checkedInAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable().describe('When it was marked completed or no-show'),
    class: z
      .object({
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
      })
      .nullable()
      .describe('Set for a class booking'),
    appointment: z
      .object({
        service: z.object({
          id: z.uuid(),
          name: z.string(),
          locationMode: z.enum(locationModes),
          durationMinutes: z.number().int(),
        }),
        provider: z.object({ id: z.uuid(), name: z.string() }),
        location: z.string().nullable().describe('The place, for a service at a location'),
        address: z.string().nullable().describe("The customer's address, for a service at the customer's"),
        phone: z.string().nullable(),
        notes: z.string().nullable(),
        videoUrl: z.string().nullable(),
        videoStatus: z
          .enum(['not_needed', 'pending', 'ready'])
          .describe('Remote services: the meeting link is made just after booking; "pending" until then'),
      })
      .nullable()
      .describe("Set for an appointment (a provider's time)"),
    customer: z
      .object({
        id: z.uuid(),
        name: z
          .string()
          .nullable()
          .describe(
            "null for a booking made without an account, unless staff ask: the name on file is not the link holder's to read",
          ),
        email: z.string(),
      })
      .nullable(),
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

/** A moved booking, with what the move did to its price. */
export const rescheduledBookingSchema = bookingSchema
  .extend({
    priceChange: z
      .object({
        before: moneySchema,
        after: moneySchema,
        difference: moneySchema.describe('after − before: positive costs more'),
        settlement: z
          .enum(['due', 'refund', 'none'])
          .describe(
            'due: the difference is added to what is due; refund: given back by card; none: credits, or nothing paid yet',
          ),
      })
      .nullable()
      .describe('Null when the price stays as it was'),
  })
  .meta({ id: 'RescheduledBooking' });

export const checkoutSchema = z
  .object({
    id: z.uuid().describe('The payment'),
    method: z.enum(['card', 'swish', 'bank_transfer', 'venue']),
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
export type HoldCreateInput = z.infer<typeof holdCreateSchema>;
export type HoldDto = z.infer<typeof holdSchema>;
export type BookingRescheduleInput = z.infer<typeof bookingRescheduleSchema>;
export type BookingListQuery = z.infer<typeof bookingListQuerySchema>;
export type BookingDto = z.infer<typeof bookingSchema>;
export type RescheduledBookingDto = z.infer<typeof rescheduledBookingSchema>;
export type BookingCreatedDto = z.infer<typeof bookingCreatedSchema>;
export type CheckoutDto = z.infer<typeof checkoutSchema>;
export type BookingPricingDto = z.infer<typeof bookingPricingSchema>;
export type PriceLineDto = z.infer<typeof priceLineSchema>;
