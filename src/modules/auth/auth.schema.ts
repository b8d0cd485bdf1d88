import { z } from 'zod';
import { emailSchema, localeSchema, nameSchema, passwordSchema } from '../../platform/schemas.ts';
import { roles } from './auth.tables.ts';

export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    locale: localeSchema.nullable(),
  })
  .meta({ id: 'User' });

export const sessionSchema = z
  .object({
    user: userSchema.nullable(),
    csrfToken: z
      .string()
      .nullable()
      .describe('Send as the X-CSRF-Token header on every cookie-authenticated POST, PATCH and DELETE'),
  })
  .meta({ id: 'Session' });

export const signUpSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  locale: localeSchema.optional(),
});

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });

export const passwordResetConfirmSchema = z.strictObject({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});

export const usersQuerySchema = z.strictObject({
  role: z.enum(roles).optional(),
  email: emailSchema.optional().describe('The account of this address, if any (to add someone to the team)'),
});

export const userUpdateSchema = z.strictObject({ role: z.enum(roles) });

export const meUpdateSchema = z
  .strictObject({ name: nameSchema, locale: localeSchema })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'send at least one field to change');

export type SignUpInput = z.infer<typeof signUpSchema>;
