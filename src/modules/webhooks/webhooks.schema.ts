import { z } from 'zod';
import type { Locale } from '../../platform/i18n.ts';
import { type WebhookEventType, webhookEventTypes } from './webhooks.tables.ts';

/**
 * What each event means, in the dashboard's languages. A Record over the one list of event names, so a
 * new event does not compile until it is described here; the webhooks page reads them from
 * `GET /webhooks/events` instead of keeping its own copy.
 */
export const webhookEventDescriptions: Record<WebhookEventType, Record<Locale, string>> = {
  'booking.created': { en: 'A booking was made (any payment method)', sv: 'En bokning gjordes (alla betalsätt)' },
  'booking.cancelled': { en: 'A booking was cancelled', sv: 'En bokning avbokades' },
  'booking.rescheduled': {
    en: 'A booking moved to another time or class',
    sv: 'En bokning flyttades till en annan tid eller ett annat pass',
  },
  'booking.checked_in': { en: 'A customer was checked in', sv: 'En kund checkades in' },
  'booking.completed': { en: 'An appointment was marked completed', sv: 'En tid markerades som genomförd' },
  'booking.no_show': { en: 'A customer did not come', sv: 'En kund kom inte' },
  'class.cancelled': {
    en: 'A class was cancelled with all its bookings',
    sv: 'Ett pass ställdes in med alla sina bokningar',
  },
  'payment.succeeded': { en: 'A payment was received', sv: 'En betalning togs emot' },
  'refund.succeeded': { en: 'Money was refunded', sv: 'Pengar återbetalades' },
  'credits.granted': { en: 'A customer was given credits', sv: 'En kund fick klipp' },
  'credits.used': { en: 'Credits paid for a booking', sv: 'Klipp betalade en bokning' },
  'credits.returned': { en: 'Credits came back to a customer', sv: 'Klipp gick tillbaka till en kund' },
  'package.purchased': { en: 'A class package was bought', sv: 'Ett klippkort köptes' },
  'invoice.issued': {
    en: 'An invoice, receipt or credit note was issued',
    sv: 'En faktura, ett kvitto eller en kreditnota utfärdades',
  },
  'invoice.paid': { en: 'An invoice was paid', sv: 'En faktura betalades' },
};

export const webhookEventsSchema = z
  .object({
    events: z.array(
      z.object({
        name: z.enum(webhookEventTypes),
        description: z.string().describe("One line, in the caller's language"),
      }),
    ),
  })
  .meta({ id: 'WebhookEvents' });

const eventsSchema = z
  .array(z.enum([...webhookEventTypes, '*']))
  .min(1)
  .max(20)
  .describe("Event types to receive; '*' for all");

export const webhookEndpointInputSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  description: z.string().trim().max(200).default(''),
  events: eventsSchema,
});

export const webhookEndpointUpdateSchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    description: z.string().trim().max(200),
    events: eventsSchema,
    active: z.boolean(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export const webhookEndpointSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    events: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    previousSecretExpiresAt: z.iso
      .datetime()
      .nullable()
      .describe('After a rotation: until then deliveries are signed with the previous secret as well'),
  })
  .meta({ id: 'WebhookEndpoint' });

export const webhookEndpointCreatedSchema = webhookEndpointSchema.extend({
  secret: z
    .string()
    .describe('Signing secret, shown only now. Slotwise-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, "<t>.<body>"))'),
});

export const webhookDeliverySchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    eventType: z.string(),
    status: z.enum(['pending', 'succeeded', 'failed', 'cancelled']),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export type WebhookEndpointInput = z.infer<typeof webhookEndpointInputSchema>;
export type WebhookEndpointUpdate = z.infer<typeof webhookEndpointUpdateSchema>;
