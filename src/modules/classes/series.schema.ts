import { z } from 'zod';
import { dateTimeInputSchema, lineSchema, localDateInputSchema, moneySchema } from '../../platform/schemas.ts';
import { classFields as baseFields, classSchema } from './classes.schema.ts';

/** At most this many occurrences, within this many days: a series is a timetable, not forever. */
export const MAX_OCCURRENCES = 200;
export const MAX_SPAN_DAYS = 731;

const localDateSchema = localDateInputSchema.describe('A local date, YYYY-MM-DD');
const wallTimeSchema = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a local time HH:MM')
  .describe('Local wall time, HH:MM: kept across DST changes');
const durationSchema = z.number().int().min(5).max(1440).describe('Minutes');

const patternFields = {
  weekdays: z
    .array(z.number().int().min(1).max(7))
    .min(1)
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'must not repeat a weekday')
    .describe('ISO weekdays: 1 = Monday … 7 = Sunday'),
  startTime: wallTimeSchema,
  fromDate: localDateSchema.describe('The first date the pattern may fall on'),
  untilDate: localDateSchema.optional().describe('The last date it may fall on (or give occurrences)'),
  occurrences: z.number().int().min(1).max(MAX_OCCURRENCES).optional().describe('How many classes (or give untilDate)'),
};

/** The class fields a series, a template or a scope edit carries: a class's, without its instant. */
const { startsAt: _startsAt, endsAt: _endsAt, ...classOnly } = baseFields;
const classFields = { ...classOnly, durationMinutes: durationSchema };

export const seriesCreateSchema = z
  .strictObject({
    ...patternFields,
    templateId: z.uuid().optional().describe('Start from this template: fields given here override it'),
    ...z.object(classFields).partial().shape,
  })
  .superRefine((value, context) => {
    if ((value.untilDate === undefined) === (value.occurrences === undefined)) {
      context.addIssue({ code: 'custom', path: ['untilDate'], message: 'give either untilDate or occurrences' });
    }
    if (value.untilDate !== undefined && value.untilDate < value.fromDate) {
      context.addIssue({ code: 'custom', path: ['untilDate'], message: 'must not be before fromDate' });
    }
    if (value.templateId) return;
    for (const field of ['title', 'maxSpots', 'price', 'durationMinutes'] as const) {
      if (value[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: 'required' });
    }
  });

export const seriesScopeSchema = z
  .enum(['this', 'following', 'all'])
  .describe('this: the one class; following: it and the later ones (the series splits there); all: every future one');

export const seriesEditSchema = z.strictObject({
  scope: seriesScopeSchema,
  changes: z
    .strictObject({ ...classFields, startTime: wallTimeSchema })
    .partial()
    .refine((value) => Object.keys(value).length > 0, 'send at least one field to change'),
});

export const seriesCancelSchema = z.strictObject({
  scope: seriesScopeSchema,
  reason: z.string().trim().max(500).optional(),
});

export const seriesSchema = z
  .object({
    id: z.uuid(),
    weekdays: z.array(z.number().int()),
    startTime: z.string(),
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    fromDate: z.string(),
    untilDate: z.string().nullable(),
    occurrences: z.number().int().nullable(),
    classes: z.array(classSchema).describe('Its occurrences in time order, cancelled ones included'),
  })
  .meta({ id: 'ClassSeries' });

export const seriesEditResultSchema = z.object({
  seriesId: z.uuid().nullable().describe('The series the edited classes belong to now (a new one after a split)'),
  classes: z.array(classSchema),
});

export const seriesCancelResultSchema = z.object({
  cancelled: z.array(z.object({ classId: z.uuid(), cancelledBookingIds: z.array(z.uuid()) })),
});

export const duplicateSchema = z.strictObject({
  date: localDateSchema.describe('The new date; the local time of day and the length stay'),
});

export const templateInputSchema = z.union([
  z.strictObject({ name: lineSchema(200), classId: z.uuid().describe("Save this class's fields") }),
  z.strictObject({ name: lineSchema(200), ...classFields }).partial({
    description: true,
    instructorName: true,
    location: true,
    locationId: true,
    classTypeId: true,
    providerId: true,
    maxSpotsPerCustomer: true,
  }),
]);

export const templateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    title: z.string(),
    description: z.string(),
    instructorName: z.string(),
    location: z.string(),
    locationId: z.uuid().nullable(),
    classTypeId: z.uuid().nullable(),
    providerId: z.uuid().nullable(),
    durationMinutes: z.number().int(),
    maxSpots: z.number().int(),
    maxSpotsPerCustomer: z.number().int(),
    price: moneySchema,
  })
  .meta({ id: 'ClassTemplate' });

export const fromTemplateSchema = z.strictObject({
  startsAt: dateTimeInputSchema.describe(
    "An instant with its offset, or a local date-time read on the clock of the template's location, else of the organisation",
  ),
});

export type SeriesCreateInput = z.infer<typeof seriesCreateSchema>;
export type SeriesEditInput = z.infer<typeof seriesEditSchema>;
export type SeriesChanges = SeriesEditInput['changes'];
export type SeriesCancelInput = z.infer<typeof seriesCancelSchema>;
export type SeriesDto = z.infer<typeof seriesSchema>;
export type TemplateInput = z.infer<typeof templateInputSchema>;
export type TemplateDto = z.infer<typeof templateSchema>;
