import { z } from 'zod';
import { localDateInputSchema } from '../../platform/schemas.ts';

export const analyticsTables = [
  'bookings',
  'revenue-by-method',
  'revenue-by-item',
  'fill-rate',
  'utilisation',
  'payments',
  'funnel',
  'customers',
  'balances',
] as const;
export type AnalyticsTable = (typeof analyticsTables)[number];

/** The longest period one request may ask for: a year, leap day included. */
export const MAX_PERIOD_DAYS = 366;

export const periodQuerySchema = z.strictObject({
  from: localDateInputSchema
    .optional()
    .describe("First day, in the organisation's time zone (default: 29 days before `to`)"),
  to: localDateInputSchema.optional().describe("Last day, in the organisation's time zone (default: today)"),
});

export const funnelEventSchema = z.strictObject({
  step: z.enum(['page_view', 'checkout_started']).describe('A booking page was shown, or a checkout was opened'),
});

const count = z.number().int().min(0);
const money = z.number().int().describe('Integer minor units');
const ratio = z
  .number()
  .min(0)
  .nullable()
  .describe('0 to 1 (may exceed 1 only by over-long bookings); null: nothing to divide by');

export const analyticsRowSchemas = {
  bookings: z.object({
    date: z.iso.date(),
    classes: count.describe(
      'Class bookings made this day, by anyone, for any day (checkouts whose payment never came aside)',
    ),
    appointments: count.describe('Appointments booked this day, by anyone, for any day'),
    cancelled: count.describe("Of this day's bookings, those the customer or staff cancelled later"),
    noShows: count.describe("Of this day's bookings, those marked as a no-show"),
  }),
  'revenue-by-method': z.object({
    method: z.enum(['card', 'swish', 'bank_transfer']),
    currency: z.string(),
    payments: count,
    gross: money,
    refunded: money,
    net: money,
  }),
  'revenue-by-item': z.object({
    kind: z.enum(['class', 'service', 'package']),
    name: z.string(),
    currency: z.string(),
    payments: count,
    gross: money,
    refunded: money,
    net: money,
  }),
  'fill-rate': z.object({
    classId: z.uuid(),
    title: z.string(),
    startsAt: z.iso.datetime(),
    spots: count,
    booked: count,
    attended: count,
    fillRate: ratio,
  }),
  utilisation: z.object({
    providerId: z.uuid(),
    name: z.string(),
    workingMinutes: z.number().min(0),
    bookedMinutes: z.number().min(0),
    utilisation: ratio,
  }),
  payments: z.object({
    method: z.enum(['card', 'swish', 'bank_transfer']),
    started: count,
    succeeded: count,
    failed: count,
    cancelled: count,
    pending: count,
    successRate: ratio.describe('Succeeded of the payments that have ended (succeeded, failed or cancelled)'),
  }),
  funnel: z.object({
    date: z.iso.date(),
    pageViews: count,
    checkoutsStarted: count,
    booked: count.describe(
      'Bookings guests and customers made themselves this day (not by staff, an API key or the demo data; ' +
        'checkouts whose payment never came aside)',
    ),
  }),
  customers: z.object({
    newCustomers: count.describe('Customers whose first booking was made in the period'),
    returningCustomers: count.describe('Customers who booked in the period and had booked before'),
  }),
  balances: z.object({
    credits: count.describe('Unexpired credits customers hold now'),
    creditCustomers: count,
    points: count.describe('Loyalty points customers hold now'),
    pointCustomers: count,
  }),
} satisfies Record<AnalyticsTable, z.ZodObject>;

export type AnalyticsRows = { [T in AnalyticsTable]: z.infer<(typeof analyticsRowSchemas)[T]> };

export const analyticsAnswerSchema = <T extends AnalyticsTable>(table: T) =>
  z
    .object({
      from: z.iso.date(),
      to: z.iso.date(),
      timeZone: z.string(),
      currency: z.string().describe("The organisation's currency"),
      rows: z.array(analyticsRowSchemas[table]),
    })
    .meta({ id: `Analytics${table.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}` });

export type PeriodQuery = z.infer<typeof periodQuerySchema>;
