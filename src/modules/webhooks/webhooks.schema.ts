import { z } from 'zod';
import { webhookEventTypes } from './webhooks.tables.ts';

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
