/**
 * Recurring series and templates. A series is a weekly pattern in a time zone; its occurrences are
 * ordinary classes (linked by `series_id`), so booking, capacity and cancelling need nothing new.
 * What reaches into bookings (editing or cancelling several occurrences) is in bookings and checkout;
 * this module decides which occurrences a scope covers and keeps the pattern true.
 */
import { DateTime } from 'luxon';
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, runIdempotent } from '../../platform/idempotency.ts';
import { parseDateTime } from '../../platform/time.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireLocation } from '../locations/locations.service.ts';
import { type NewClassRow, findClass } from './classes.repo.ts';
import type { ClassDto } from './classes.schema.ts';
import { checkClassShape, classZone, createClass, requireClassRefs, toClassDto } from './classes.service.ts';
import type { ClassRow, ClassSeriesRow, ClassTemplateRow } from './classes.tables.ts';
import {
  deleteTemplateRow,
  findSeries,
  findTemplate,
  insertClasses,
  insertSeries,
  insertTemplate,
  moveSeriesTail,
  selectSeriesClasses,
  selectTemplates,
  updateSeriesRow,
} from './series.repo.ts';
import {
  MAX_OCCURRENCES,
  MAX_SPAN_DAYS,
  type SeriesChanges,
  type SeriesCreateInput,
  type SeriesDto,
  type TemplateDto,
  type TemplateInput,
} from './series.schema.ts';

export interface Pattern {
  weekdays: number[];
  startTime: string;
  durationMinutes: number;
  fromDate: string;
  untilDate: string | null;
  occurrences: number | null;
}

export interface Occurrence {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

const fieldError = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'body', path, message }]);

/**
 * The wall time `startTime` on local `date` in `zone`. A time the clocks skip that day (02:30 on the
 * last Sunday of March in Stockholm) is refused rather than shifted: the studio decides.
 */
export function wallInstant(date: string, startTime: string, zone: string): DateTime {
  const local = DateTime.fromISO(`${date}T${startTime}`, { zone });
  const [hour, minute] = startTime.split(':').map(Number);
  if (!local.isValid || local.hour !== hour || local.minute !== minute) {
    throw fieldError('startTime', `${startTime} does not exist on ${date} in ${zone} (the clocks change then)`);
  }
  return local;
}

/** The occurrences of a weekly pattern in `zone`: wall time kept across DST, bounded in count and span. */
export function occurrencesOf(pattern: Pattern, zone: string): Occurrence[] {
  const first = DateTime.fromISO(pattern.fromDate, { zone: 'utc' });
  const limit = first.plus({ days: MAX_SPAN_DAYS });
  const last = pattern.untilDate ? DateTime.fromISO(pattern.untilDate, { zone: 'utc' }) : limit;
  if (last > limit) throw new DomainError('series_too_long', { max: MAX_OCCURRENCES });
  const wanted = pattern.occurrences ?? Number.POSITIVE_INFINITY;
  const out: Occurrence[] = [];
  for (let day = first; day <= last && out.length < wanted; day = day.plus({ days: 1 })) {
    if (!pattern.weekdays.includes(day.weekday)) continue;
    if (out.length === MAX_OCCURRENCES) throw new DomainError('series_too_long', { max: MAX_OCCURRENCES });
    const date = day.toISODate() ?? '';
    const start = wallInstant(date, pattern.startTime, zone);
    out.push({
      date,
      startsAt: start.toJSDate(),
      endsAt: start.plus({ minutes: pattern.durationMinutes }).toJSDate(),
    });
  }
  // Fewer than asked for means the span ran out first.
  if (out.length < wanted && pattern.occurrences !== null) {
    throw new DomainError('series_too_long', { max: MAX_OCCURRENCES });
  }
  if (out.length === 0) throw new DomainError('series_empty');
  return out;
}

const patternOf = (row: ClassSeriesRow): Pattern => ({
  weekdays: row.weekdays,
  startTime: row.startTime,
  durationMinutes: row.durationMinutes,
  fromDate: row.fromDate,
  untilDate: row.untilDate,
  occurrences: row.occurrences,
});

const toSeriesDto = (row: ClassSeriesRow, classes: ClassDto[]): SeriesDto => ({
  id: row.id,
  ...patternOf(row),
  timeZone: row.timeZone,
  classes,
});

/** The class fields a series or template carries, as class row values. */
interface ClassFields {
  title: string;
  description: string;
  instructorName: string;
  location: string;
  locationId: string | null;
  classTypeId: string | null;
  providerId: string | null;
  maxSpots: number;
  maxSpotsPerCustomer: number;
  priceAmount: number;
  currency: string;
  durationMinutes: number;
}

const templateFields = (row: ClassTemplateRow): ClassFields => ({
  title: row.title,
  description: row.description,
  instructorName: row.instructorName,
  location: row.location,
  locationId: row.locationId,
  classTypeId: row.classTypeId,
  providerId: row.providerId,
  maxSpots: row.maxSpots,
  maxSpotsPerCustomer: row.maxSpotsPerCustomer,
  priceAmount: row.priceAmount,
  currency: row.currency,
  durationMinutes: row.durationMinutes,
});

/** Input fields over the template's (or the defaults): what the series' classes get. */
function mergeFields(ctx: RequestContext, input: Partial<SeriesChanges>, base: ClassFields | null): ClassFields {
  const fields = {
    title: input.title ?? base?.title,
    description: input.description ?? base?.description ?? '',
    instructorName: input.instructorName ?? base?.instructorName ?? '',
    location: input.location ?? base?.location ?? '',
    locationId: input.locationId !== undefined ? input.locationId : (base?.locationId ?? null),
    classTypeId: input.classTypeId !== undefined ? input.classTypeId : (base?.classTypeId ?? null),
    providerId: input.providerId !== undefined ? input.providerId : (base?.providerId ?? null),
    maxSpots: input.maxSpots ?? base?.maxSpots,
    maxSpotsPerCustomer: input.maxSpotsPerCustomer ?? base?.maxSpotsPerCustomer ?? 1,
    priceAmount: input.price?.amount ?? base?.priceAmount,
    currency: input.price ? (input.price.currency ?? ctx.org.currency) : (base?.currency ?? ctx.org.currency),
    durationMinutes: input.durationMinutes ?? base?.durationMinutes,
  };
  for (const key of ['title', 'maxSpots', 'priceAmount', 'durationMinutes'] as const) {
    if (fields[key] === undefined) throw fieldError(key === 'priceAmount' ? 'price' : key, 'required');
  }
  return fields as ClassFields;
}

/** A series runs in its location's zone when it has one, else in the organisation's. */
async function zoneFor(tx: Db, ctx: RequestContext, locationId: string | null): Promise<string> {
  return locationId ? (await requireLocation(tx, ctx.org.id, locationId)).timeZone : ctx.org.timeZone;
}

export async function requireTemplate(tx: Db, orgId: string, id: string): Promise<ClassTemplateRow> {
  const row = await findTemplate(tx, orgId, id);
  if (!row) throw new DomainError('template_not_found');
  return row;
}

export async function createSeries(
  db: Db,
  ctx: RequestContext,
  input: SeriesCreateInput,
  now: Date,
  idempotency: IdempotencyRequest | null,
) {
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      const template = input.templateId ? await requireTemplate(tx, ctx.org.id, input.templateId) : null;
      const fields = mergeFields(ctx, input, template && templateFields(template));
      const zone = await zoneFor(tx, ctx, fields.locationId);
      await requireClassRefs(tx, ctx, fields);
      const today = DateTime.fromJSDate(now, { zone }).toISODate() ?? '';
      if (input.fromDate < today) throw fieldError('fromDate', 'must be today or later');
      const pattern: Pattern = {
        weekdays: [...input.weekdays].sort(),
        startTime: input.startTime,
        durationMinutes: fields.durationMinutes,
        fromDate: input.fromDate,
        untilDate: input.untilDate ?? null,
        occurrences: input.occurrences ?? null,
      };
      const occurrences = occurrencesOf(pattern, zone);
      const { durationMinutes: _duration, ...classFields } = fields;
      checkClassShape({ ...classFields, startsAt: occurrences[0]!.startsAt, endsAt: occurrences[0]!.endsAt });
      const series = await insertSeries(tx, { orgId: ctx.org.id, ...pattern, timeZone: zone });
      const rows = await insertClasses(
        tx,
        occurrences.map(
          (o): NewClassRow => ({
            ...classFields,
            orgId: ctx.org.id,
            seriesId: series.id,
            status: 'scheduled',
            spotsTaken: 0,
            startsAt: o.startsAt,
            endsAt: o.endsAt,
          }),
        ),
      );
      const dto = toSeriesDto(
        series,
        rows.map((row) => toClassDto(row, zone)),
      );
      // One entry for the whole series: its pattern, fields and the classes it made.
      await recordAudit(tx, ctx, {
        action: 'class_series.created',
        entityType: 'class_series',
        entityId: series.id,
        after: { ...pattern, timeZone: zone, ...classFields, classIds: rows.map((row) => row.id) },
      });
      return { status: 201, body: dto };
    }),
  );
}

export async function getSeries(db: Db, ctx: RequestContext, seriesId: string): Promise<SeriesDto> {
  const series = await findSeries(db, ctx.org.id, seriesId);
  if (!series) throw new DomainError('series_not_found');
  const rows = await selectSeriesClasses(db, ctx.org.id, seriesId);
  return toSeriesDto(
    series,
    rows.map((row) => toClassDto(row, series.timeZone)),
  );
}

/** Class row changes of a scope edit, without the time of day (that is per occurrence: `retimed`). */
export function seriesRowChanges(ctx: RequestContext, changes: SeriesChanges): Partial<NewClassRow> {
  const { price, startTime: _startTime, durationMinutes: _duration, ...rest } = changes;
  return {
    ...rest,
    ...(price === undefined ? {} : { priceAmount: price.amount, currency: price.currency ?? ctx.org.currency }),
  };
}

/** An occurrence at a new local time of day and/or length, on its own local date in `zone`. */
export function retimed(
  row: Pick<ClassRow, 'startsAt' | 'endsAt'>,
  zone: string,
  changes: Pick<SeriesChanges, 'startTime' | 'durationMinutes'>,
): Partial<NewClassRow> {
  if (changes.startTime === undefined && changes.durationMinutes === undefined) return {};
  const minutes = changes.durationMinutes ?? Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000);
  const date = DateTime.fromJSDate(row.startsAt, { zone }).toISODate() ?? '';
  const start = changes.startTime
    ? wallInstant(date, changes.startTime, zone)
    : DateTime.fromJSDate(row.startsAt, { zone });
  return { startsAt: start.toJSDate(), endsAt: start.plus({ minutes }).toJSDate() };
}

export interface ScopeTargets {
  /** The series the targets belong to now: a new one after "this and following" split it. */
  series: ClassSeriesRow;
  /** The scheduled occurrences the scope reaches, in time order. */
  classes: ClassRow[];
}

/**
 * Which occurrences "following" or "all" reaches from `anchor`, under the series' row lock (so two
 * edits of one series run one after the other). "all" is every future occurrence; "following" is
 * the anchor and the later ones, and splits the series there: the earlier part keeps its pattern up
 * to the day before, the rest becomes a new series, so a changed time of day stays true of both.
 * With `skipExceptions`, occurrences edited on their own are left out (edits); cancelling takes them.
 */
export async function scopeTargets(
  tx: Db,
  ctx: RequestContext,
  anchorId: string,
  scope: 'following' | 'all',
  now: Date,
  skipExceptions: boolean,
): Promise<ScopeTargets> {
  const anchor = await findClass(tx, ctx.org.id, anchorId);
  if (!anchor) throw new DomainError('class_not_found');
  if (!anchor.seriesId) throw new DomainError('class_not_in_series');
  let series = await findSeries(tx, ctx.org.id, anchor.seriesId, true);
  if (!series) throw new DomainError('series_not_found');
  if (scope === 'following') {
    const all = await selectSeriesClasses(tx, ctx.org.id, series.id);
    const earlier = all.filter((row) => row.startsAt < anchor.startsAt);
    if (earlier.length > 0) series = await splitSeries(tx, ctx, series, anchor, all.at(-1) ?? anchor);
  }
  const from = scope === 'all' ? now : anchor.startsAt;
  const rows = await selectSeriesClasses(tx, ctx.org.id, series.id, from);
  return {
    series,
    classes: rows.filter(
      (row) => row.status === 'scheduled' && (row.id === anchor.id || !skipExceptions || !row.seriesException),
    ),
  };
}

async function splitSeries(
  tx: Db,
  ctx: RequestContext,
  series: ClassSeriesRow,
  anchor: ClassRow,
  last: ClassRow,
): Promise<ClassSeriesRow> {
  const localDate = (instant: Date) => DateTime.fromJSDate(instant, { zone: series.timeZone }).toISODate() ?? '';
  const splitDate = localDate(anchor.startsAt);
  const dayBefore = DateTime.fromISO(splitDate, { zone: 'utc' }).minus({ days: 1 }).toISODate() ?? '';
  const lastDate = localDate(last.startsAt);
  const tail = await insertSeries(tx, {
    orgId: ctx.org.id,
    weekdays: series.weekdays,
    startTime: series.startTime,
    durationMinutes: series.durationMinutes,
    timeZone: series.timeZone,
    fromDate: splitDate,
    untilDate: lastDate,
    occurrences: null,
  });
  await updateSeriesRow(tx, ctx.org.id, series.id, { untilDate: dayBefore, occurrences: null });
  await moveSeriesTail(tx, ctx.org.id, series.id, anchor.startsAt, tail.id);
  await recordAudit(tx, ctx, {
    action: 'class_series.split',
    entityType: 'class_series',
    entityId: series.id,
    before: { untilDate: series.untilDate, occurrences: series.occurrences },
    after: { untilDate: dayBefore, newSeriesId: tail.id, fromDate: splitDate },
  });
  return tail;
}

/** The pattern follows a new time of day or length, so the series says what its classes are. */
export async function repattern(
  tx: Db,
  ctx: RequestContext,
  series: ClassSeriesRow,
  changes: Pick<SeriesChanges, 'startTime' | 'durationMinutes'>,
): Promise<void> {
  if (changes.startTime === undefined && changes.durationMinutes === undefined) return;
  await updateSeriesRow(tx, ctx.org.id, series.id, {
    ...(changes.startTime ? { startTime: changes.startTime } : {}),
    ...(changes.durationMinutes ? { durationMinutes: changes.durationMinutes } : {}),
  });
}

// Duplicating a class and templates.

/** A copy of the class on another local date, at the same local time of day and length; not in a series. */
export async function duplicateClass(db: Db, ctx: RequestContext, classId: string, date: string) {
  const row = await findClass(db, ctx.org.id, classId);
  if (!row) throw new DomainError('class_not_found');
  const zone = ctx.org.timeZone;
  const wall = (instant: Date) => DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
  const start = wallInstant(date, wall(row.startsAt), zone);
  const end = start.plus({ milliseconds: row.endsAt.getTime() - row.startsAt.getTime() });
  return createClass(
    db,
    ctx,
    {
      ...classInputOf(row),
      startsAt: start.toISO() ?? '',
      endsAt: end.toISO() ?? '',
    },
    null,
  );
}

const classInputOf = (row: ClassFields | ClassRow) => ({
  title: row.title,
  description: row.description,
  instructorName: row.instructorName,
  location: row.location,
  locationId: row.locationId,
  classTypeId: row.classTypeId,
  providerId: row.providerId,
  maxSpots: row.maxSpots,
  maxSpotsPerCustomer: row.maxSpotsPerCustomer,
  price: { amount: row.priceAmount, currency: row.currency },
});

const toTemplateDto = (row: ClassTemplateRow): TemplateDto => ({
  id: row.id,
  name: row.name,
  ...classInputOf(row),
  durationMinutes: row.durationMinutes,
});

export async function listTemplates(db: Db, ctx: RequestContext): Promise<TemplateDto[]> {
  return (await selectTemplates(db, ctx.org.id)).map(toTemplateDto);
}

const templateNameTaken = (error: unknown): never => {
  if (violatedConstraint(error) === 'class_templates_name') {
    throw new DomainError('validation_failed', {}, [{ in: 'body', path: 'name', message: 'a template has this name' }]);
  }
  throw error;
};

/** A template from a class's fields (`classId`) or from fields given. */
export async function createTemplate(db: Db, ctx: RequestContext, input: TemplateInput): Promise<TemplateDto> {
  return transaction(db, async (tx) => {
    let fields: ClassFields;
    if ('classId' in input) {
      const row = await findClass(tx, ctx.org.id, input.classId);
      if (!row) throw new DomainError('class_not_found');
      fields = {
        ...row,
        durationMinutes: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
      };
      if (fields.durationMinutes < 5 || fields.durationMinutes > 1440) {
        throw fieldError('classId', 'a template holds classes of 5 minutes to a day');
      }
    } else {
      fields = mergeFields(ctx, input, null);
    }
    await requireClassRefs(tx, ctx, fields);
    if (fields.maxSpotsPerCustomer > fields.maxSpots) {
      throw fieldError('maxSpotsPerCustomer', 'cannot be more than maxSpots');
    }
    const row = await insertTemplate(tx, {
      orgId: ctx.org.id,
      name: input.name,
      title: fields.title,
      description: fields.description,
      instructorName: fields.instructorName,
      location: fields.location,
      locationId: fields.locationId,
      classTypeId: fields.classTypeId,
      providerId: fields.providerId,
      durationMinutes: fields.durationMinutes,
      maxSpots: fields.maxSpots,
      maxSpotsPerCustomer: fields.maxSpotsPerCustomer,
      priceAmount: fields.priceAmount,
      currency: fields.currency,
    }).catch(templateNameTaken);
    const dto = toTemplateDto(row);
    await recordAudit(tx, ctx, {
      action: 'class_template.created',
      entityType: 'class_template',
      entityId: row.id,
      after: dto,
    });
    return dto;
  });
}

export async function deleteTemplate(db: Db, ctx: RequestContext, id: string): Promise<void> {
  await transaction(db, async (tx) => {
    const before = toTemplateDto(await requireTemplate(tx, ctx.org.id, id));
    await deleteTemplateRow(tx, ctx.org.id, id);
    await recordAudit(tx, ctx, {
      action: 'class_template.deleted',
      entityType: 'class_template',
      entityId: id,
      before,
    });
  });
}

/** A class from a template at `startsAt` (an instant, or local in the zone of the template's location, else the organisation's). */
export async function classFromTemplate(
  db: Db,
  ctx: RequestContext,
  templateId: string,
  startsAt: string,
  idempotency: IdempotencyRequest | null,
) {
  const template = await requireTemplate(db, ctx.org.id, templateId);
  const zone = await classZone(db, ctx, template.locationId);
  const start = DateTime.fromJSDate(parseDateTime(startsAt, zone, 'startsAt'), { zone });
  return createClass(
    db,
    ctx,
    {
      ...classInputOf(template),
      startsAt: start.toISO() ?? '',
      endsAt: start.plus({ minutes: template.durationMinutes }).toISO() ?? '',
    },
    idempotency,
  );
}
