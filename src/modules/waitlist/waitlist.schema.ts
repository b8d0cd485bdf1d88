import { z } from 'zod';
import { emailSchema, localeSchema, nameSchema } from '../../platform/schemas.ts';
import { waitlistStatuses } from './waitlist.tables.ts';

export const waitlistJoinSchema = z.strictObject({
  guest: z
    .strictObject({ name: nameSchema, email: emailSchema, locale: localeSchema.optional() })
    .optional()
    .describe('Who joins, when not signed in'),
});
export type WaitlistJoinInput = z.infer<typeof waitlistJoinSchema>;

export const waitlistClaimSchema = z.strictObject({
  paymentMethod: z
    .enum(['card', 'swish', 'bank_transfer', 'venue', 'credits'])
    .optional()
    .describe('How the offered spot is paid, as for any booking (ignored when free)'),
  expectedTotal: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('The total the customer saw; another total answers 409 price_changed'),
  promoCode: z.string().trim().min(1).max(100).optional(),
});
export type WaitlistClaimInput = z.infer<typeof waitlistClaimSchema>;

export const waitlistTokenParams = z.strictObject({ token: z.string().max(200) });

export const waitlistEntrySchema = z
  .object({
    id: z.uuid(),
    status: z.enum(waitlistStatuses),
    place: z.number().int().nullable().describe('Place in line while waiting (1 = next); null once offered or ended'),
    joinedAt: z.string(),
    offerExpiresAt: z
      .string()
      .nullable()
      .describe('While offered: claim before this (null for a moment after the offer, until its mail goes out)'),
    class: z.object({
      id: z.uuid(),
      title: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      location: z.string(),
      priceAmount: z.number().int(),
      currency: z.string(),
      timeZone: z.string(),
    }),
    token: z.string().nullable().describe('The secret for GET /waitlist/{token}: given to its owner only'),
    url: z.string().nullable(),
  })
  .meta({ id: 'WaitlistEntry' });
export type WaitlistEntryDto = z.infer<typeof waitlistEntrySchema>;

export const waitlistStaffEntrySchema = z
  .object({
    id: z.uuid(),
    status: z.enum(waitlistStatuses),
    place: z.number().int().nullable(),
    joinedAt: z.string(),
    offeredAt: z.string().nullable(),
    offerExpiresAt: z.string().nullable(),
    customer: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  })
  .meta({ id: 'WaitlistStaffEntry' });
export type WaitlistStaffEntryDto = z.infer<typeof waitlistStaffEntrySchema>;
