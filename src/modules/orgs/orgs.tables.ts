import { bigint, boolean, char, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** When invoices are issued by themselves: when a booking is made, after it is completed, or never. */
export const invoicePolicies = ['at_booking', 'after_completion', 'never'] as const;

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull(),
  currency: char('currency', { length: 3 }).notNull(),
  defaultLocale: text('default_locale', { enum: ['en', 'sv'] }).notNull(),
  cancellationDeadlineHours: integer('cancellation_deadline_hours').notNull(),
  isDefault: boolean('is_default').notNull(),
  mailFrom: text('mail_from'),
  reminderHours: integer('reminder_hours').notNull().default(24),
  paymentMethods: text('payment_methods', { enum: ['card', 'swish', 'bank_transfer', 'venue'] })
    .array()
    .notNull()
    .default(['card', 'swish', 'venue']),
  holdMinutes: integer('hold_minutes').notNull().default(10),
  slotHoldMinutes: integer('slot_hold_minutes').notNull().default(5),
  manualPaymentHours: integer('manual_payment_hours').notNull().default(24),
  swishNumber: text('swish_number'),
  bankAccount: text('bank_account'),
  unbookablePaymentPolicy: text('unbookable_payment_policy', { enum: ['refund', 'queue'] })
    .notNull()
    .default('refund'),
  // Seller details printed on invoices (migration 0014).
  legalName: text('legal_name'),
  addressLines: text('address_lines').array().notNull().default([]),
  postcode: text('postcode'),
  city: text('city'),
  country: char('country', { length: 2 }),
  orgNumber: text('org_number'),
  vatNumber: text('vat_number'),
  bankgiro: text('bankgiro'),
  invoiceDueDays: integer('invoice_due_days').notNull().default(30),
  invoicePolicy: text('invoice_policy', { enum: invoicePolicies }).notNull().default('never'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  // Pricing (migration 0012): whether prices include tax, and the rate of items without their own.
  pricesIncludeTax: boolean('prices_include_tax').notNull().default(true),
  defaultTaxRateId: uuid('default_tax_rate_id'),
  // Waitlist (migration 0023): how long a freed spot is kept for the person offered it.
  waitlistOfferMinutes: integer('waitlist_offer_minutes').notNull().default(120),
  // Rate limits per quarter of an hour (migration 0026).
  rateLimitWritePerAddress: integer('rate_limit_write_per_address').notNull().default(3000),
  rateLimitWritePerIdentity: integer('rate_limit_write_per_identity').notNull().default(20),
  rateLimitAccountPerAddress: integer('rate_limit_account_per_address').notNull().default(300),
  rateLimitAccountPerIdentity: integer('rate_limit_account_per_identity').notNull().default(10),
  rateLimitHeldSpots: integer('rate_limit_held_spots').notNull().default(10),
  // Branding (migration 0027).
  accentColor: text('accent_color'),
  mailReplyTo: text('mail_reply_to'),
  // How customers reach the business, shown where they are told to contact it (migration 0050).
  contactEmail: text('contact_email'),
  contactPhone: text('contact_phone'),
  // Staff notification mail on a customer's booking or cancellation (migration 0033).
  staffNotify: boolean('staff_notify').notNull().default(true),
  staffNotifyTo: text('staff_notify_to'),
  // Kept by a trigger on organisation_logos (migration 0034): null when there is no logo.
  logoVersion: bigint('logo_version', { mode: 'number' }),
  // When an admin put the dashboard's setup checklist away (migration 0049); null while it is shown.
  setupDismissedAt: timestamp('setup_dismissed_at', { withTimezone: true }),
});
