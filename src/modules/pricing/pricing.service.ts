/**
 * Pricing configuration, as admins keep it: tax rates and whether prices include tax, each service's
 * and class's rate and deposit, holidays, surcharge rules, the service area and promo codes. Every
 * change is audited in its own transaction. Quotes are built from this in pricing.quotes.ts.
 */
import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, refuseIfReferenced, sqlState, transaction, violatedConstraint } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { type IdempotencyRequest, runIdempotent } from '../../platform/idempotency.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { updateOrganisation } from '../orgs/orgs.repo.ts';
import { findClass } from '../classes/classes.repo.ts';
import { selectServicesByIds } from '../services/services.repo.ts';
import {
  deleteSurchargeRow,
  deleteTaxRateRow,
  findItemPricing,
  findOrgPricing,
  findPromo,
  findServiceArea,
  findSurcharge,
  findTaxRate,
  insertPromo,
  insertSurcharge,
  insertTaxRate,
  replaceHolidays,
  replaceServiceArea,
  selectHolidays,
  selectPromos,
  selectSurcharges,
  selectTaxRates,
  updateItemPricing,
  updatePromoRow,
  updateSurchargeRow,
  updateTaxRateRow,
} from './pricing.repo.ts';
import type {
  Adjustment,
  Deposit,
  HolidaysInput,
  ItemPricingDto,
  PricingSettingsDto,
  PricingSettingsUpdate,
  PromoCreateInput,
  PromoDto,
  PromoUpdateInput,
  ServiceAreaDto,
  SurchargeDto,
  SurchargeInput,
  TaxRateCreateInput,
  TaxRateDto,
  TaxRateUpdateInput,
} from './pricing.schema.ts';
import type { PromoCodeRow, SurchargeRuleRow, TaxRateRow, promoCodes } from './pricing.tables.ts';

const UNIQUE_VIOLATION = '23505';

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', {}, [{ in: 'body', path, message }]);

// Conversions between rows and the API's shapes.

export const toAdjustment = (kind: 'percent' | 'fixed', value: number): Adjustment =>
  kind === 'percent' ? { kind, basisPoints: value } : { kind, amount: value };
const adjustmentValue = (adjustment: Adjustment) =>
  adjustment.kind === 'percent' ? adjustment.basisPoints : adjustment.amount;

export const toDeposit = (kind: 'none' | 'percent' | 'fixed', value: number): Deposit =>
  kind === 'none' ? { kind } : toAdjustment(kind, value);

const toTaxRateDto = (row: TaxRateRow): TaxRateDto => ({ id: row.id, name: row.name, basisPoints: row.basisPoints });

export function toSurchargeDto(row: SurchargeRuleRow): SurchargeDto {
  const when: SurchargeDto['when'] =
    row.whenKind === 'weekly'
      ? { kind: 'weekly', weekdays: row.weekdays, from: row.fromTime, until: row.untilTime }
      : row.whenKind === 'holiday'
        ? { kind: 'holiday' }
        : { kind: 'short_notice', withinMinutes: row.withinMinutes ?? 0 };
  return {
    id: row.id,
    name: row.name,
    when,
    adjustment: toAdjustment(row.adjustmentKind, row.adjustmentValue),
    active: row.active,
  };
}

export function toPromoDto(row: PromoCodeRow): PromoDto {
  return {
    id: row.id,
    code: row.code,
    adjustment: toAdjustment(row.adjustmentKind, row.adjustmentValue),
    validFrom: row.validFrom?.toISOString() ?? null,
    validUntil: row.validUntil?.toISOString() ?? null,
    appliesTo:
      row.appliesTo === 'listed'
        ? { kind: 'listed', serviceIds: row.serviceIds, classIds: row.classIds }
        : { kind: row.appliesTo },
    minimumOrder: row.minimumOrder,
    maxUses: row.maxUses,
    maxUsesPerCustomer: row.maxUsesPerCustomer,
    firstBookingOnly: row.firstBookingOnly,
    active: row.active,
    usesCount: row.usesCount,
    createdAt: row.createdAt.toISOString(),
  };
}

// Tax rates and the organisation's settings.

export async function listTaxRates(db: Db, ctx: RequestContext): Promise<TaxRateDto[]> {
  requireRole(ctx, 'admin');
  return (await selectTaxRates(db, ctx.org.id)).map(toTaxRateDto);
}

export async function createTaxRate(
  db: Db,
  ctx: RequestContext,
  input: TaxRateCreateInput,
  idempotency: IdempotencyRequest | null,
) {
  requireRole(ctx, 'admin');
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      const row = await insertTaxRate(tx, { orgId: ctx.org.id, ...input }).catch(nameTaken);
      const dto = toTaxRateDto(row);
      await recordAudit(tx, ctx, { action: 'tax_rate.created', entityType: 'tax_rate', entityId: dto.id, after: dto });
      return { status: 201, body: dto };
    }),
  );
}

export async function updateTaxRate(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: TaxRateUpdateInput,
): Promise<TaxRateDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await findTaxRate(tx, ctx.org.id, id, true);
    if (!before) throw new DomainError('tax_rate_not_found');
    const dto = toTaxRateDto(await updateTaxRateRow(tx, ctx.org.id, id, input).catch(nameTaken));
    await recordAudit(tx, ctx, {
      action: 'tax_rate.updated',
      entityType: 'tax_rate',
      entityId: id,
      before: toTaxRateDto(before),
      after: dto,
    });
    return dto;
  });
}

/** A rate that a service, a class or the organisation's default names is kept: the foreign keys refuse. */
export async function deleteTaxRate(db: Db, ctx: RequestContext, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const row = await findTaxRate(tx, ctx.org.id, id, true);
    if (!row) throw new DomainError('tax_rate_not_found');
    await deleteTaxRateRow(tx, ctx.org.id, id).catch(refuseIfReferenced(() => new DomainError('tax_rate_in_use')));
    await recordAudit(tx, ctx, { action: 'tax_rate.deleted', entityType: 'tax_rate', entityId: id, before: row });
  });
}

function nameTaken(error: unknown): never {
  if (sqlState(error) === UNIQUE_VIOLATION) throw invalid('name', 'another tax rate has this name');
  throw error;
}

async function requireTaxRate(tx: Db, orgId: string, id: string | null | undefined): Promise<void> {
  if (id && !(await findTaxRate(tx, orgId, id))) throw new DomainError('tax_rate_not_found', {}, { taxRateId: id });
}

export async function getPricingSettings(db: Db, ctx: RequestContext): Promise<PricingSettingsDto> {
  requireRole(ctx, 'admin');
  const { pricesIncludeTax, defaultTaxRateId } = await findOrgPricing(db, ctx.org.id);
  return { pricesIncludeTax, defaultTaxRateId };
}

export async function updatePricingSettings(
  db: Db,
  ctx: RequestContext,
  input: PricingSettingsUpdate,
): Promise<PricingSettingsDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await findOrgPricing(tx, ctx.org.id, true);
    await requireTaxRate(tx, ctx.org.id, input.defaultTaxRateId);
    // Through the organisations repo, the one writer of that row: it tells the organisation cache.
    const row = await updateOrganisation(tx, ctx.org.id, input);
    const dto = { pricesIncludeTax: row.pricesIncludeTax, defaultTaxRateId: row.defaultTaxRateId };
    await recordAudit(tx, ctx, {
      action: 'organisation.pricing_updated',
      entityType: 'organisation',
      entityId: ctx.org.id,
      before: { pricesIncludeTax: before.pricesIncludeTax, defaultTaxRateId: before.defaultTaxRateId },
      after: dto,
    });
    return dto;
  });
}

// A service's or class's tax rate and deposit.

type ItemKind = 'service' | 'class';

export async function getItemPricing(db: Db, ctx: RequestContext, kind: ItemKind, id: string): Promise<ItemPricingDto> {
  requireRole(ctx, 'admin');
  const row = await findItemPricing(db, ctx.org.id, kind, id);
  if (!row) throw new DomainError(kind === 'service' ? 'service_not_found' : 'class_not_found');
  return { taxRateId: row.taxRateId, deposit: toDeposit(row.depositKind, row.depositValue) };
}

export async function updateItemPricingOf(
  db: Db,
  ctx: RequestContext,
  kind: ItemKind,
  id: string,
  input: ItemPricingDto,
): Promise<ItemPricingDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await findItemPricing(tx, ctx.org.id, kind, id, true);
    if (!before) throw new DomainError(kind === 'service' ? 'service_not_found' : 'class_not_found');
    await requireTaxRate(tx, ctx.org.id, input.taxRateId);
    const { deposit } = input;
    const row = await updateItemPricing(tx, ctx.org.id, kind, id, {
      taxRateId: input.taxRateId,
      depositKind: deposit.kind,
      depositValue: deposit.kind === 'none' ? 0 : adjustmentValue(deposit),
    });
    const dto = { taxRateId: row.taxRateId, deposit: toDeposit(row.depositKind, row.depositValue) };
    await recordAudit(tx, ctx, {
      action: `${kind}.pricing_updated`,
      entityType: kind,
      entityId: id,
      before: { taxRateId: before.taxRateId, deposit: toDeposit(before.depositKind, before.depositValue) },
      after: dto,
    });
    return dto;
  });
}

// Holidays, surcharges and the service area.

export async function listHolidays(db: Db, ctx: RequestContext): Promise<HolidaysInput> {
  requireRole(ctx, 'admin');
  return { holidays: (await selectHolidays(db, ctx.org.id)).map((row) => ({ date: row.day, name: row.name })) };
}

/** Replaces the list: a year's holidays are entered together. */
export async function setHolidays(db: Db, ctx: RequestContext, input: HolidaysInput): Promise<HolidaysInput> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = (await selectHolidays(tx, ctx.org.id)).map((row) => ({ date: row.day, name: row.name }));
    await replaceHolidays(
      tx,
      ctx.org.id,
      input.holidays.map((holiday) => ({ day: holiday.date, name: holiday.name })),
    );
    const after = { holidays: [...input.holidays].sort((a, b) => a.date.localeCompare(b.date)) };
    await recordAudit(tx, ctx, {
      action: 'holidays.replaced',
      entityType: 'organisation',
      entityId: ctx.org.id,
      before: { holidays: before },
      after,
    });
    return after;
  });
}

export async function listSurcharges(db: Db, ctx: RequestContext): Promise<SurchargeDto[]> {
  requireRole(ctx, 'admin');
  return (await selectSurcharges(db, ctx.org.id)).map(toSurchargeDto);
}

function surchargeColumns(input: SurchargeInput) {
  const { when } = input;
  return {
    name: input.name,
    whenKind: when.kind,
    weekdays: when.kind === 'weekly' ? [...new Set(when.weekdays)].sort() : [],
    fromTime: when.kind === 'weekly' ? when.from : null,
    untilTime: when.kind === 'weekly' ? when.until : null,
    withinMinutes: when.kind === 'short_notice' ? when.withinMinutes : null,
    adjustmentKind: input.adjustment.kind,
    adjustmentValue: adjustmentValue(input.adjustment),
    active: input.active,
  };
}

export async function createSurcharge(
  db: Db,
  ctx: RequestContext,
  input: SurchargeInput,
  idempotency: IdempotencyRequest | null,
) {
  requireRole(ctx, 'admin');
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      const dto = toSurchargeDto(await insertSurcharge(tx, { orgId: ctx.org.id, ...surchargeColumns(input) }));
      await recordAudit(tx, ctx, {
        action: 'surcharge.created',
        entityType: 'surcharge',
        entityId: dto.id,
        after: dto,
      });
      return { status: 201, body: dto };
    }),
  );
}

export async function replaceSurcharge(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: SurchargeInput,
): Promise<SurchargeDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await findSurcharge(tx, ctx.org.id, id, true);
    if (!before) throw new DomainError('not_found');
    const dto = toSurchargeDto(await updateSurchargeRow(tx, ctx.org.id, id, surchargeColumns(input)));
    await recordAudit(tx, ctx, {
      action: 'surcharge.updated',
      entityType: 'surcharge',
      entityId: id,
      before: toSurchargeDto(before),
      after: dto,
    });
    return dto;
  });
}

export async function deleteSurcharge(db: Db, ctx: RequestContext, id: string): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const before = await findSurcharge(tx, ctx.org.id, id, true);
    if (!before) throw new DomainError('not_found');
    await deleteSurchargeRow(tx, ctx.org.id, id);
    await recordAudit(tx, ctx, {
      action: 'surcharge.deleted',
      entityType: 'surcharge',
      entityId: id,
      before: toSurchargeDto(before),
    });
  });
}

export async function getServiceArea(db: Db, ctx: RequestContext): Promise<ServiceAreaDto> {
  requireRole(ctx, 'admin');
  return findServiceArea(db, ctx.org.id);
}

export async function setServiceArea(db: Db, ctx: RequestContext, input: ServiceAreaDto): Promise<ServiceAreaDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await findServiceArea(tx, ctx.org.id);
    await replaceServiceArea(tx, ctx.org.id, input);
    const after = await findServiceArea(tx, ctx.org.id);
    await recordAudit(tx, ctx, {
      action: 'service_area.replaced',
      entityType: 'organisation',
      entityId: ctx.org.id,
      before,
      after,
    });
    return after;
  });
}

// Promo codes.

export async function listPromos(db: Db, ctx: RequestContext): Promise<PromoDto[]> {
  requireRole(ctx, 'admin');
  return (await selectPromos(db, ctx.org.id)).map(toPromoDto);
}

export async function getPromo(db: Db, ctx: RequestContext, id: string): Promise<PromoDto> {
  requireRole(ctx, 'admin');
  const row = await findPromo(db, ctx.org.id, id);
  if (!row) throw new DomainError('promo_not_found');
  return toPromoDto(row);
}

type PromoColumns = Partial<typeof promoCodes.$inferInsert>;

/** The listed services and classes must be the organisation's: arrays have no foreign keys. */
async function promoColumns(tx: Db, orgId: string, input: PromoUpdateInput): Promise<PromoColumns> {
  const { adjustment, appliesTo, validFrom, validUntil, ...rest } = input;
  const columns: PromoColumns = { ...rest };
  if (adjustment) {
    columns.adjustmentKind = adjustment.kind;
    columns.adjustmentValue = adjustmentValue(adjustment);
  }
  if (validFrom !== undefined) columns.validFrom = validFrom === null ? null : new Date(validFrom);
  if (validUntil !== undefined) columns.validUntil = validUntil === null ? null : new Date(validUntil);
  if (appliesTo) {
    columns.appliesTo = appliesTo.kind;
    columns.serviceIds = appliesTo.kind === 'listed' ? [...new Set(appliesTo.serviceIds)] : [];
    columns.classIds = appliesTo.kind === 'listed' ? [...new Set(appliesTo.classIds)] : [];
    if (appliesTo.kind === 'listed') {
      if (columns.serviceIds.length + columns.classIds.length === 0) {
        throw invalid('appliesTo', 'list at least one service or class');
      }
      const services = await selectServicesByIds(tx, orgId, columns.serviceIds);
      if (services.length !== columns.serviceIds.length) throw new DomainError('service_not_found');
      for (const classId of columns.classIds) {
        if (!(await findClass(tx, orgId, classId))) throw new DomainError('class_not_found', {}, { classId });
      }
    }
  }
  return columns;
}

function promoWriteFailed(error: unknown): never {
  if (sqlState(error) === UNIQUE_VIOLATION)
    throw invalid('code', 'another promo code is the same (case does not matter)');
  if (violatedConstraint(error) === 'promo_codes_uses_within_limit') {
    throw invalid('maxUses', 'the code has already been used more often than this');
  }
  if (violatedConstraint(error) === 'promo_codes_window') {
    throw invalid('validUntil', 'validFrom must come before validUntil');
  }
  throw error;
}

export async function createPromo(
  db: Db,
  ctx: RequestContext,
  input: PromoCreateInput,
  idempotency: IdempotencyRequest | null,
) {
  requireRole(ctx, 'admin');
  return transaction(db, (tx) =>
    runIdempotent(tx, ctx.org.id, idempotency, async () => {
      const columns = await promoColumns(tx, ctx.org.id, input);
      const row = await insertPromo(tx, {
        ...columns,
        orgId: ctx.org.id,
        code: input.code,
        adjustmentKind: input.adjustment.kind,
        adjustmentValue: adjustmentValue(input.adjustment),
        appliesTo: input.appliesTo.kind,
        serviceIds: columns.serviceIds ?? [],
        classIds: columns.classIds ?? [],
        minimumOrder: input.minimumOrder,
        firstBookingOnly: input.firstBookingOnly,
        active: input.active,
      }).catch(promoWriteFailed);
      const dto = toPromoDto(row);
      await recordAudit(tx, ctx, {
        action: 'promo_code.created',
        entityType: 'promo_code',
        entityId: dto.id,
        after: dto,
      });
      return { status: 201, body: dto };
    }),
  );
}

/** Codes are not deleted once used (their uses and bookings name them): an admin deactivates one instead. */
export async function updatePromo(db: Db, ctx: RequestContext, id: string, input: PromoUpdateInput): Promise<PromoDto> {
  requireRole(ctx, 'admin');
  return transaction(db, async (tx) => {
    const before = await findPromo(tx, ctx.org.id, id, true);
    if (!before) throw new DomainError('promo_not_found');
    const columns = await promoColumns(tx, ctx.org.id, input);
    const dto = toPromoDto(await updatePromoRow(tx, ctx.org.id, id, columns).catch(promoWriteFailed));
    await recordAudit(tx, ctx, {
      action: 'promo_code.updated',
      entityType: 'promo_code',
      entityId: id,
      before: toPromoDto(before),
      after: dto,
    });
    return dto;
  });
}
