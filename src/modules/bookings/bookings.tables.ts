import { bigint, char, customType, integer, pgTable, text, timestamp, uuid, primaryKey } from 'drizzle-orm/pg-core';

/** A PostgreSQL tstzrange, read and written as its text form ("[2026-03-29 09:00:00+00,…)"). */
export const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

export const bookingStatuses = ['pending', 'confirmed', 'in_progress', 'completed', 'no_show', 'cancelled'] as const;
export const paymentMethods = ['venue', 'free', 'card', 'swish', 'bank_transfer', 'credits'] as const;
export const bookingSources = ['guest', 'account', 'staff'] as const;
export const cancelledByValues = ['customer', 'staff', 'system'] as const;

export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    classId: uuid('class_id'),
    customerId: uuid('customer_id').notNull(),
    spots: integer('spots').notNull(),
    status: text('status', { enum: bookingStatuses }).notNull(),
    /** Only for links made before they were signed (migration 0005): the SHA-256 of the token. */
    legacyManageTokenHash: text('legacy_manage_token_hash'),
    priceAmount: bigint('price_amount', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    paymentMethod: text('payment_method', { enum: paymentMethods }).notNull(),
    source: text('source', { enum: bookingSources }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelledBy: text('cancelled_by', { enum: cancelledByValues }),
    cancelReason: text('cancel_reason'),
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true }),
    // An appointment: the provider's time (migration 0010); null for a class booking.
    serviceId: uuid('service_id'),
    providerId: uuid('provider_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** The provider's time taken: the appointment with its service's buffers. */
    blocked: tstzrange('blocked'),
    locationId: uuid('location_id'),
    customerAddress: text('customer_address'),
    customerPhone: text('customer_phone'),
    customerNotes: text('customer_notes'),
    videoUrl: text('video_url'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** A no-show's fee under its policy (migration 0028): what it owes instead of the price. */
    noShowFeeAmount: bigint('no_show_fee_amount', { mode: 'number' }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export const holds = pgTable(
  'holds',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    classId: uuid('class_id'),
    spots: integer('spots').notNull(),
    serviceId: uuid('service_id'),
    providerId: uuid('provider_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    blocked: tstzrange('blocked'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Who asked for it (migration 0046): `account:<id>` or `address:<ip>`; null for staff. */
    holder: text('holder'),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);

export type HoldRow = typeof holds.$inferSelect;

export type BookingRow = typeof bookings.$inferSelect;

/** The appointment columns of a class booking. */
export const noAppointment = {
  serviceId: null,
  providerId: null,
  startsAt: null,
  endsAt: null,
  blocked: null,
  locationId: null,
  customerAddress: null,
  customerPhone: null,
  customerNotes: null,
  videoUrl: null,
  checkedInAt: null,
  finishedAt: null,
} satisfies Partial<BookingRow>;

/** The provider time taken by live bookings, holds and classes taught; kept by triggers (migrations 0010, 0045), read for slots. */
export const providerClaims = pgTable(
  'provider_claims',
  {
    id: uuid('id').notNull().defaultRandom(),
    orgId: uuid('org_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    during: tstzrange('during').notNull(),
    bookingId: uuid('booking_id'),
    holdId: uuid('hold_id'),
    /** A class the provider teaches (migration 0045). */
    classId: uuid('class_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.orgId, table.id] })],
);
