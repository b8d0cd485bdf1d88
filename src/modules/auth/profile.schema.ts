import { z } from 'zod';
import { emailSchema, localeSchema, nameSchema, passwordSchema, phoneSchema } from '../../platform/schemas.ts';

const addressSchema = z.string().trim().min(1).max(500);

const notificationsSchema = z
  .object({
    reminders: z.boolean().describe('A reminder before each booking'),
    invoices: z.boolean().describe('Invoices, payment reminders and receipts by mail (they stay in the portal)'),
    news: z.boolean().describe('News and offers from the business (off until chosen)'),
  })
  .describe('Booking confirmations, changes, cancellations and refunds are always sent');

export const profileSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    pendingEmail: z.string().nullable().describe('A new address waiting for its confirmation link to be opened'),
    name: z.string(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    locale: localeSchema.nullable().describe("Mails and messages use it; null follows the organisation's"),
    notifications: notificationsSchema,
  })
  .meta({ id: 'Profile' });

export const profileUpdateSchema = z
  .strictObject({
    name: nameSchema,
    phone: phoneSchema.nullable(),
    address: addressSchema.nullable(),
    locale: localeSchema,
    notifications: z.strictObject(notificationsSchema.shape).partial(),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const emailChangeSchema = z.strictObject({
  newEmail: emailSchema,
  password: z.string().min(1).max(200),
});

export const emailChangeConfirmSchema = z.strictObject({ token: z.string().min(20).max(200) });

export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;
