import { type SQL, and, asc, eq, gt, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import {
  type NewProviderRow,
  type OverrideIntervalRow,
  type ProviderRow,
  type TimeOffRow,
  type WeeklyHoursRow,
  providerDateOverrides,
  providerOverrideIntervals,
  providerTimeOff,
  providerWeeklyHours,
  providers,
  serviceProviders,
} from './providers.tables.ts';

export async function insertProvider(db: Db, values: NewProviderRow): Promise<ProviderRow> {
  const [row] = await db.insert(providers).values(values).returning();
  if (!row) throw new Error('provider insert returned nothing');
  return row;
}

/** With `lock`, serialises changes to the provider and its schedule. */
export async function findProvider(db: Db, orgId: string, id: string, lock = false): Promise<ProviderRow | undefined> {
  const query = db
    .select()
    .from(providers)
    .where(and(eq(providers.orgId, orgId), eq(providers.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** By id alone, in whichever organisation: for a feed token, which names only the provider. */
export async function findFeedProvider(db: Db, id: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(providers).where(eq(providers.id, id));
  return row;
}

export async function selectProviders(db: Db, orgId: string, active: boolean | undefined): Promise<ProviderRow[]> {
  const conditions: SQL[] = [eq(providers.orgId, orgId)];
  if (active !== undefined) conditions.push(eq(providers.active, active));
  return db
    .select()
    .from(providers)
    .where(and(...conditions))
    .orderBy(asc(providers.name), asc(providers.id));
}

export async function selectProvidersByIds(db: Db, orgId: string, ids: string[]): Promise<ProviderRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(providers)
    .where(and(eq(providers.orgId, orgId), inArray(providers.id, ids)));
}

export async function updateProviderRow(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<NewProviderRow>,
): Promise<ProviderRow> {
  const [row] = await db
    .update(providers)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(providers.orgId, orgId), eq(providers.id, id)))
    .returning();
  if (!row) throw new Error(`provider ${id} vanished during update`);
  return row;
}

export async function deleteProviderRow(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(providers).where(and(eq(providers.orgId, orgId), eq(providers.id, id)));
}

// --- weekly hours ---------------------------------------------------------------------------------

export async function selectWeeklyHours(db: Db, orgId: string, providerId: string): Promise<WeeklyHoursRow[]> {
  return db
    .select()
    .from(providerWeeklyHours)
    .where(and(eq(providerWeeklyHours.orgId, orgId), eq(providerWeeklyHours.providerId, providerId)))
    .orderBy(asc(providerWeeklyHours.weekday), asc(providerWeeklyHours.startTime));
}

export type NewInterval = { start: string; end: string; locationId: string | null };

export async function replaceWeeklyHours(
  db: Db,
  orgId: string,
  providerId: string,
  intervals: (NewInterval & { weekday: number })[],
): Promise<void> {
  await db
    .delete(providerWeeklyHours)
    .where(and(eq(providerWeeklyHours.orgId, orgId), eq(providerWeeklyHours.providerId, providerId)));
  if (intervals.length === 0) return;
  await db.insert(providerWeeklyHours).values(
    intervals.map((interval) => ({
      orgId,
      providerId,
      weekday: interval.weekday,
      startTime: interval.start,
      endTime: interval.end,
      locationId: interval.locationId,
    })),
  );
}

// --- date overrides ---------------------------------------------------------------------------------

export interface OverrideRows {
  date: string;
  intervals: OverrideIntervalRow[];
}

/** Overrides of local dates from..to inclusive, each with its intervals in time order. */
export async function selectOverrides(
  db: Db,
  orgId: string,
  providerId: string,
  range: { from?: string; to?: string },
): Promise<OverrideRows[]> {
  const conditions: SQL[] = [eq(providerDateOverrides.orgId, orgId), eq(providerDateOverrides.providerId, providerId)];
  if (range.from) conditions.push(gte(providerDateOverrides.date, range.from));
  if (range.to) conditions.push(lte(providerDateOverrides.date, range.to));
  const rows = await db
    .select({ id: providerDateOverrides.id, date: providerDateOverrides.date, interval: providerOverrideIntervals })
    .from(providerDateOverrides)
    .leftJoin(
      providerOverrideIntervals,
      and(
        eq(providerOverrideIntervals.orgId, providerDateOverrides.orgId),
        eq(providerOverrideIntervals.overrideId, providerDateOverrides.id),
      ),
    )
    .where(and(...conditions))
    .orderBy(asc(providerDateOverrides.date), asc(providerOverrideIntervals.startTime));
  const byDate = new Map<string, OverrideRows>();
  for (const row of rows) {
    let entry = byDate.get(row.date);
    if (!entry) {
      entry = { date: row.date, intervals: [] };
      byDate.set(row.date, entry);
    }
    if (row.interval) entry.intervals.push(row.interval);
  }
  return [...byDate.values()];
}

export async function deleteOverride(db: Db, orgId: string, providerId: string, date: string): Promise<boolean> {
  const deleted = await db
    .delete(providerDateOverrides)
    .where(
      and(
        eq(providerDateOverrides.orgId, orgId),
        eq(providerDateOverrides.providerId, providerId),
        eq(providerDateOverrides.date, date),
      ),
    )
    .returning({ id: providerDateOverrides.id });
  return deleted.length > 0;
}

export async function insertOverride(
  db: Db,
  orgId: string,
  providerId: string,
  date: string,
  intervals: NewInterval[],
): Promise<void> {
  const [override] = await db
    .insert(providerDateOverrides)
    .values({ orgId, providerId, date })
    .returning({ id: providerDateOverrides.id });
  if (!override) throw new Error('override insert returned nothing');
  if (intervals.length === 0) return;
  await db.insert(providerOverrideIntervals).values(
    intervals.map((interval) => ({
      orgId,
      overrideId: override.id,
      startTime: interval.start,
      endTime: interval.end,
      locationId: interval.locationId,
    })),
  );
}

// --- time off ---------------------------------------------------------------------------------------

export async function insertTimeOff(db: Db, values: typeof providerTimeOff.$inferInsert): Promise<TimeOffRow> {
  const [row] = await db.insert(providerTimeOff).values(values).returning();
  if (!row) throw new Error('time off insert returned nothing');
  return row;
}

/** Time off that overlaps [from, to), by start. */
export async function selectTimeOff(
  db: Db,
  orgId: string,
  providerId: string,
  range: { from?: Date; to?: Date },
): Promise<TimeOffRow[]> {
  const conditions: SQL[] = [eq(providerTimeOff.orgId, orgId), eq(providerTimeOff.providerId, providerId)];
  if (range.from) conditions.push(gt(providerTimeOff.endsAt, range.from));
  if (range.to) conditions.push(lt(providerTimeOff.startsAt, range.to));
  return db
    .select()
    .from(providerTimeOff)
    .where(and(...conditions))
    .orderBy(asc(providerTimeOff.startsAt), asc(providerTimeOff.id));
}

export async function deleteTimeOffRow(
  db: Db,
  orgId: string,
  providerId: string,
  id: string,
): Promise<TimeOffRow | undefined> {
  const [row] = await db
    .delete(providerTimeOff)
    .where(
      and(eq(providerTimeOff.orgId, orgId), eq(providerTimeOff.providerId, providerId), eq(providerTimeOff.id, id)),
    )
    .returning();
  return row;
}

// --- which services a provider performs ---------------------------------------------------------------

export async function selectServiceIdsByProvider(db: Db, orgId: string, providerIds: string[]) {
  const map = new Map<string, string[]>(providerIds.map((id) => [id, []]));
  if (providerIds.length === 0) return map;
  const rows = await db
    .select()
    .from(serviceProviders)
    .where(and(eq(serviceProviders.orgId, orgId), inArray(serviceProviders.providerId, providerIds)))
    .orderBy(asc(serviceProviders.serviceId));
  for (const row of rows) map.get(row.providerId)?.push(row.serviceId);
  return map;
}

export async function selectProviderIdsByService(db: Db, orgId: string, serviceIds: string[]) {
  const map = new Map<string, string[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return map;
  const rows = await db
    .select()
    .from(serviceProviders)
    .where(and(eq(serviceProviders.orgId, orgId), inArray(serviceProviders.serviceId, serviceIds)))
    .orderBy(asc(serviceProviders.providerId));
  for (const row of rows) map.get(row.serviceId)?.push(row.providerId);
  return map;
}

export async function replaceProvidersOfService(
  db: Db,
  orgId: string,
  serviceId: string,
  providerIds: string[],
): Promise<void> {
  await db
    .delete(serviceProviders)
    .where(and(eq(serviceProviders.orgId, orgId), eq(serviceProviders.serviceId, serviceId)));
  if (providerIds.length === 0) return;
  await db.insert(serviceProviders).values(providerIds.map((providerId) => ({ orgId, serviceId, providerId })));
}

/** The services a provider offers, replaced as a whole (the caller has checked they are the organisation's). */
export async function replaceServicesOfProvider(
  db: Db,
  orgId: string,
  providerId: string,
  serviceIds: string[],
): Promise<void> {
  await db
    .delete(serviceProviders)
    .where(and(eq(serviceProviders.orgId, orgId), eq(serviceProviders.providerId, providerId)));
  if (serviceIds.length === 0) return;
  await db.insert(serviceProviders).values(serviceIds.map((serviceId) => ({ orgId, serviceId, providerId })));
}

/** A new feed address for the provider: the version its links are signed for goes up. */
export async function replaceProviderFeedAddress(db: Db, orgId: string, id: string): Promise<ProviderRow | undefined> {
  const [row] = await db
    .update(providers)
    .set({ feedVersion: sql`${providers.feedVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(providers.orgId, orgId), eq(providers.id, id)))
    .returning();
  return row;
}
