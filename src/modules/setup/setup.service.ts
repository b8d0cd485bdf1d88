import { requireRole, type RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { updateOrganisation } from '../orgs/orgs.repo.ts';
import { offersPaymentMethod } from '../orgs/orgs.service.ts';
import type { SetupChecklistDto } from './setup.schema.ts';
import { type SetupFacts, selectSetupFacts } from './setup.repo.ts';

/** Every payment method the organisation offers can be used here: none leads a customer to a dead end. */
function paymentsWork(org: RequestContext['org'], cardPayments: boolean): boolean {
  return org.paymentMethods.every((method) => (method === 'card' ? cardPayments : offersPaymentMethod(org, method)));
}

function checklist(org: RequestContext['org'], facts: SetupFacts, cardPayments: boolean): SetupChecklistDto {
  const steps: SetupChecklistDto['steps'] = [
    { id: 'business', done: facts.settingsSaved },
    { id: 'offer', done: facts.hasServices || facts.hasClasses },
    // Working hours are what makes a service bookable; a studio of classes only has no use for them.
    ...(facts.hasClasses && !facts.hasServices ? [] : [{ id: 'hours' as const, done: facts.providerWithHours }]),
    { id: 'payments', done: paymentsWork(org, cardPayments) },
    { id: 'booking_page', done: facts.pageViewed || facts.hasBookings },
  ];
  return {
    show: facts.dismissedAt === null && !facts.hasBookings && steps.some((step) => !step.done),
    dismissedAt: facts.dismissedAt?.toISOString() ?? null,
    steps,
  };
}

export async function readSetupChecklist(db: Db, ctx: RequestContext, cardPayments: boolean) {
  requireRole(ctx, 'admin');
  return checklist(ctx.org, await selectSetupFacts(db, ctx.org.id), cardPayments);
}

/** Puts the checklist away for the whole organisation; a second dismissal keeps the first time. */
export async function dismissSetupChecklist(db: Db, ctx: RequestContext, cardPayments: boolean, now: Date) {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const facts = await selectSetupFacts(tx, ctx.org.id);
    if (facts.dismissedAt !== null) return;
    await updateOrganisation(tx, ctx.org.id, { setupDismissedAt: now });
    await recordAudit(tx, ctx, {
      action: 'organisation.setup_dismissed',
      entityType: 'organisation',
      entityId: ctx.org.id,
      before: { setupDismissedAt: null },
      after: { setupDismissedAt: now.toISOString() },
    });
  });
  return readSetupChecklist(db, ctx, cardPayments);
}
