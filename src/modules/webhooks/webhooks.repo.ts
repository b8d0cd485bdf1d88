import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import {
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookDeliveries,
  webhookEndpoints,
} from './webhooks.tables.ts';

export async function insertEndpoint(
  db: Db,
  values: typeof webhookEndpoints.$inferInsert,
): Promise<WebhookEndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  if (!row) throw new Error('webhook endpoint insert returned nothing');
  return row;
}

export async function findEndpoint(db: Db, orgId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, id)));
  return row;
}

export async function selectEndpoints(db: Db, orgId: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.orgId, orgId))
    .orderBy(webhookEndpoints.createdAt);
}

export async function updateEndpoint(
  db: Db,
  orgId: string,
  id: string,
  changes: Partial<typeof webhookEndpoints.$inferInsert>,
) {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, id)))
    .returning();
  return row;
}

export async function deleteEndpoint(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, id)))
    .returning({ id: webhookEndpoints.id });
  return rows.length > 0;
}

export async function findDelivery(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.id, id)));
  return row;
}

export async function recordDeliveryAttempt(
  db: Db,
  id: string,
  outcome: Pick<WebhookDeliveryRow, 'status' | 'lastStatusCode' | 'lastError'> & { delivered: boolean },
): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({
      status: outcome.status,
      lastStatusCode: outcome.lastStatusCode,
      lastError: outcome.lastError,
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      ...(outcome.delivered ? { deliveredAt: sql`now()` } : {}),
    })
    // A delivery cancelled while its attempt ran stays cancelled.
    .where(and(eq(webhookDeliveries.id, id), ne(webhookDeliveries.status, 'cancelled')));
}

/** Ends an endpoint's pending deliveries; their ids, so that their queued jobs are cancelled too. */
export async function cancelPendingDeliveries(db: Db, orgId: string, endpointId: string): Promise<string[]> {
  const rows = await db
    .update(webhookDeliveries)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(webhookDeliveries.orgId, orgId),
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.status, 'pending'),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return rows.map((row) => row.id);
}

export async function selectDeliveries(db: Db, orgId: string, endpointId: string, limit: number) {
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.endpointId, endpointId)))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit);
}

/** The delivery, locked, so that two retries of it cannot both re-queue it. */
export async function lockDelivery(db: Db, orgId: string, endpointId: string, id: string) {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.orgId, orgId),
        eq(webhookDeliveries.endpointId, endpointId),
        eq(webhookDeliveries.id, id),
      ),
    )
    .for('update');
  return row;
}

export async function markDeliveryPending(db: Db, id: string): Promise<WebhookDeliveryRow> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', lastError: null })
    .where(eq(webhookDeliveries.id, id))
    .returning();
  if (!row) throw new Error(`webhook delivery ${id} vanished`);
  return row;
}

export async function findEndpointForUpdate(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.orgId, orgId), eq(webhookEndpoints.id, id)))
    .for('update');
  return row;
}
