import { z } from 'zod';

export const staffNotificationsSchema = z
  .object({
    enabled: z.boolean().describe('Whether staff are mailed when a customer books, moves or cancels'),
    to: z.string().nullable().describe('The one address it goes to; null: every admin'),
    recipients: z.array(z.string()).describe('Where it goes now: `to`, else the address of every admin'),
  })
  .meta({ id: 'StaffNotifications' });

export const staffNotificationsUpdateSchema = z
  .strictObject({
    enabled: z.boolean(),
    to: z.email().max(320).nullable().describe('One address (a shared inbox); null: every admin'),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export type StaffNotificationsUpdate = z.infer<typeof staffNotificationsUpdateSchema>;
