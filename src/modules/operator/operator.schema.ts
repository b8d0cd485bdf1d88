import { z } from 'zod';
import { emailSchema, lineSchema, localeSchema } from '../../platform/schemas.ts';
import { currencySchema, timeZoneSchema } from '../orgs/orgs.schema.ts';

/** The pattern X-Org and /o/{slug}/ addresses accept (and the organisations table's CHECK). */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,62}$/,
    'must be 2 to 63 lower-case letters, digits or hyphens, not starting with a hyphen',
  );

export const newOrganisationSchema = z.strictObject({
  slug: slugSchema.describe('Its address: /o/{slug}/ in the web app, X-Org: {slug} in the API'),
  name: lineSchema(200),
  adminEmail: emailSchema.describe('The first admin: an account is made with a generated initial password'),
  timeZone: timeZoneSchema.optional().describe('IANA time zone; Europe/Stockholm when left out'),
  defaultLocale: localeSchema.optional(),
  currency: currencySchema.optional().describe('ISO 4217; SEK when left out'),
});
export type NewOrganisationRequest = z.infer<typeof newOrganisationSchema>;

export const organisationSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    isDefault: z.boolean(),
    timeZone: z.string(),
    currency: z.string(),
    defaultLocale: localeSchema,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'OrganisationSummary' });

export const newAdminSchema = z.strictObject({ email: emailSchema });

export const createdAdminSchema = z
  .object({
    email: z.string(),
    password: z.string().describe('The initial password, shown this once; the admin changes it on their profile page'),
  })
  .meta({ id: 'CreatedAdmin' });

export const createdOrganisationSchema = z
  .object({ organisation: organisationSummarySchema, admin: createdAdminSchema })
  .meta({ id: 'CreatedOrganisation' });
