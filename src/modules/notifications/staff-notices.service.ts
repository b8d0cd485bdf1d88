/**
 * The staff notification mail's setting (issue 12): on or off, and where it goes. Stored on the
 * organisation row and changed through `changeOrganisation`, so it is audited like every other setting;
 * kept out of the public organisation answer, since its address may be a person's own.
 */
import { type RequestContext, requireRole } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { listUsers } from '../auth/auth.repo.ts';
import { changeOrganisation } from '../orgs/orgs.service.ts';
import type { StaffNotificationsUpdate } from './staff-notices.schema.ts';

export interface StaffNotifications {
  enabled: boolean;
  to: string | null;
  recipients: string[];
}

/** Where the mail goes: the one address set, else every admin's own (an anonymised account has none). */
export async function staffRecipients(db: Db, org: { id: string; staffNotifyTo: string | null }): Promise<string[]> {
  if (org.staffNotifyTo) return [org.staffNotifyTo];
  const admins = await listUsers(db, org.id, { role: 'admin' });
  return [...new Set(admins.filter((admin) => !admin.anonymisedAt).map((admin) => admin.email))].sort();
}

export async function readStaffNotifications(db: Db, ctx: RequestContext): Promise<StaffNotifications> {
  requireRole(ctx, 'admin');
  return {
    enabled: ctx.org.staffNotify,
    to: ctx.org.staffNotifyTo,
    recipients: await staffRecipients(db, ctx.org),
  };
}

export async function changeStaffNotifications(
  db: Db,
  ctx: RequestContext,
  changes: StaffNotificationsUpdate,
): Promise<StaffNotifications> {
  requireRole(ctx, 'admin');
  const org = await changeOrganisation(db, ctx, {
    ...(changes.enabled !== undefined ? { staffNotify: changes.enabled } : {}),
    ...(changes.to !== undefined ? { staffNotifyTo: changes.to } : {}),
  });
  return { enabled: org.staffNotify, to: org.staffNotifyTo, recipients: await staffRecipients(db, org) };
}
