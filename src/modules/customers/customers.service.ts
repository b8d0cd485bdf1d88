import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { type CustomerFilter, selectCustomers } from './customers.repo.ts';

export async function listCustomers(db: Db, ctx: RequestContext, filter: CustomerFilter) {
  const rows = await selectCustomers(db, ctx.org.id, filter);
  return rows.map(({ customer, activeBookings }) => ({
    id: customer.id,
    name: customer.name,
    email: customer.email,
    locale: customer.locale,
    hasAccount: customer.userId !== null,
    activeBookings,
    createdAt: customer.createdAt.toISOString(),
  }));
}
