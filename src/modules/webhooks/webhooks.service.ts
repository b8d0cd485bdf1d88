import { createHmac, randomBytes } from 'node:crypto';
import type { RequestContext } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { type JobHandler, PermanentJobError, cancelDeliveryJobs, enqueue } from '../../platform/jobs.ts';
import {
  cancelPendingDeliveries,
  deleteEndpoint,
  findDelivery,
  findEndpoint,
  findEndpointForUpdate,
  lockDelivery,
  markDeliveryPending,
  insertEndpoint,
  recordDeliveryAttempt,
  selectDeliveries,
  selectEndpoints,
  updateEndpoint,
} from './webhooks.repo.ts';
import { PrivateDestinationError, postWebhook } from './webhook-transport.ts';
import type { WebhookEndpointInput, WebhookEndpointUpdate } from './webhooks.schema.ts';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhooks.tables.ts';

export const WEBHOOK_JOB = 'webhook.deliver' as const;
export const SIGNATURE_HEADER = 'slotwise-signature';
const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * The signature scheme, documented for receivers: `Slotwise-Signature: t=<unix seconds>,v1=<hex>`
 * where hex is HMAC-SHA256 with the endpoint's secret over `<t>.<raw body>`. Receivers recompute
 * it, compare in constant time, and refuse timestamps older than a few minutes (replays).
 */
export function signWebhook(secret: string, timestamp: number, body: string, previousSecret?: string | null): string {
  const digest = (key: string) => createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex');
  // During a rotation's grace period a second v1 carries the old secret's signature, so a receiver
  // that still holds the old secret keeps verifying while it switches over.
  return `t=${timestamp},v1=${digest(secret)}${previousSecret ? `,v1=${digest(previousSecret)}` : ''}`;
}

/** How long the secret before a rotation still signs deliveries. */
export const ROTATION_GRACE_MS = 24 * 3600_000;

/** Posts one delivery. A 2xx answer is success; anything else is retried by the job runner. */
export function webhookDeliveryHandler(deps: { db: Db; now: () => Date; allowPrivateNetworks: boolean }): JobHandler {
  return async (job) => {
    const deliveryId = (job.payload as { deliveryId?: string }).deliveryId;
    if (!deliveryId) throw new PermanentJobError('webhook job without deliveryId');
    const found = await findDelivery(deps.db, job.orgId, deliveryId);
    if (!found) return 'skipped: the endpoint was deleted';
    const { delivery, endpoint } = found;
    if (delivery.status === 'succeeded') return 'skipped: already delivered';
    if (delivery.status === 'cancelled') return 'skipped: the delivery was cancelled';
    if (!endpoint.active) return 'skipped: the endpoint is disabled';

    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(deps.now().getTime() / 1000);
    const lastAttempt = job.attempts >= job.maxAttempts;
    let status: number;
    try {
      // The destination is checked when sending, not when registering: a name can point elsewhere by then.
      status = await postWebhook(
        endpoint.url,
        {
          'content-type': 'application/json',
          'user-agent': 'Slotwise-Webhooks/1',
          'slotwise-event-id': delivery.eventId,
          'slotwise-event-type': delivery.eventType,
          [SIGNATURE_HEADER]: signWebhook(
            endpoint.secret,
            timestamp,
            body,
            endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > deps.now()
              ? endpoint.previousSecret
              : null,
          ),
        },
        body,
        { allowPrivateNetworks: deps.allowPrivateNetworks, timeoutMs: DELIVERY_TIMEOUT_MS },
      );
    } catch (error) {
      if (error instanceof PrivateDestinationError) {
        await recordDeliveryAttempt(deps.db, delivery.id, {
          status: 'failed',
          lastStatusCode: null,
          lastError: error.message,
          delivered: false,
        });
        throw new PermanentJobError(error.message);
      }
      const message = `could not reach the endpoint: ${(error as Error).message}`;
      await recordDeliveryAttempt(deps.db, delivery.id, {
        status: lastAttempt ? 'failed' : 'pending',
        lastStatusCode: null,
        lastError: message,
        delivered: false,
      });
      throw new Error(message);
    }
    if (status >= 200 && status < 300) {
      await recordDeliveryAttempt(deps.db, delivery.id, {
        status: 'succeeded',
        lastStatusCode: status,
        lastError: null,
        delivered: true,
      });
      return `delivered: ${status}`;
    }
    const message = `the endpoint answered ${status}`;
    await recordDeliveryAttempt(deps.db, delivery.id, {
      status: lastAttempt ? 'failed' : 'pending',
      lastStatusCode: status,
      lastError: message,
      delivered: false,
    });
    throw new Error(message);
  };
}

const toEndpointDto = (row: WebhookEndpointRow, now: Date) => ({
  id: row.id,
  url: row.url,
  description: row.description,
  events: row.events,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
  previousSecretExpiresAt:
    row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt.toISOString() : null,
});

export async function createEndpoint(db: Db, ctx: RequestContext, input: WebhookEndpointInput) {
  return transaction(db, async (tx) => {
    const row = await insertEndpoint(tx, {
      orgId: ctx.org.id,
      url: input.url,
      description: input.description,
      events: input.events,
      active: true,
      secret: newSecret(),
    });
    const dto = toEndpointDto(row, new Date());
    await recordAudit(tx, ctx, {
      action: 'webhook_endpoint.created',
      entityType: 'webhook_endpoint',
      entityId: row.id,
      after: dto,
    });
    // The secret is shown once, now; afterwards only the receiver and the server know it.
    return { ...dto, secret: row.secret };
  });
}

export async function listEndpoints(db: Db, ctx: RequestContext) {
  return (await selectEndpoints(db, ctx.org.id)).map((row) => toEndpointDto(row, new Date()));
}

export async function changeEndpoint(db: Db, ctx: RequestContext, id: string, changes: WebhookEndpointUpdate) {
  return transaction(db, async (tx) => {
    const before = await findEndpoint(tx, ctx.org.id, id);
    if (!before) throw new DomainError('not_found');
    const after = await updateEndpoint(tx, ctx.org.id, id, changes);
    if (!after) throw new DomainError('not_found');
    // A disabled endpoint is sent nothing more: what waits for it ends now rather than at its retries.
    if (before.active && !after.active) await cancelDeliveries(tx, ctx.org.id, id);
    await recordAudit(tx, ctx, {
      action: 'webhook_endpoint.updated',
      entityType: 'webhook_endpoint',
      entityId: id,
      before: toEndpointDto(before, new Date()),
      after: toEndpointDto(after, new Date()),
    });
    return toEndpointDto(after, new Date());
  });
}

export async function removeEndpoint(db: Db, ctx: RequestContext, id: string): Promise<void> {
  await transaction(db, async (tx) => {
    const before = await findEndpoint(tx, ctx.org.id, id);
    if (!before) throw new DomainError('not_found');
    // The deliveries go with the endpoint; their queued jobs are cancelled, not left to run for nothing.
    await cancelDeliveries(tx, ctx.org.id, id);
    if (!(await deleteEndpoint(tx, ctx.org.id, id))) throw new DomainError('not_found');
    await recordAudit(tx, ctx, {
      action: 'webhook_endpoint.deleted',
      entityType: 'webhook_endpoint',
      entityId: id,
      before: toEndpointDto(before, new Date()),
    });
  });
}

/**
 * A new signing secret, shown once in the answer. The old one keeps signing deliveries (a second `v1=`)
 * for ROTATION_GRACE_MS, so that the receiver can switch without refusing anything in between.
 */
export async function rotateSecret(db: Db, ctx: RequestContext, id: string, now: Date) {
  return transaction(db, async (tx) => {
    const before = await findEndpointForUpdate(tx, ctx.org.id, id);
    if (!before) throw new DomainError('not_found');
    const after = await updateEndpoint(tx, ctx.org.id, id, {
      secret: newSecret(),
      previousSecret: before.secret,
      previousSecretExpiresAt: new Date(now.getTime() + ROTATION_GRACE_MS),
    });
    if (!after) throw new DomainError('not_found');
    const dto = toEndpointDto(after, now);
    // Neither secret goes into the audit log: it says when the secret changed, not what it is.
    await recordAudit(tx, ctx, {
      action: 'webhook_endpoint.secret_rotated',
      entityType: 'webhook_endpoint',
      entityId: id,
      before: toEndpointDto(before, now),
      after: dto,
    });
    return { ...dto, secret: after.secret };
  });
}

/**
 * Sends a failed delivery again: the same delivery row, so the same event id and payload, with a new
 * job. Only a failed one: a pending one is still being retried, a delivered one is done.
 */
export async function retryDelivery(db: Db, ctx: RequestContext, endpointId: string, deliveryId: string) {
  return transaction(db, async (tx) => {
    const before = await lockDelivery(tx, ctx.org.id, endpointId, deliveryId);
    if (!before) throw new DomainError('webhook_delivery_not_found');
    if (before.status !== 'failed') throw new DomainError('webhook_delivery_not_failed');
    const after = await markDeliveryPending(tx, deliveryId);
    await enqueue(tx, ctx.org.id, 'webhook.deliver', { deliveryId }, { maxAttempts: 10 });
    await recordAudit(tx, ctx, {
      action: 'webhook_delivery.retried',
      entityType: 'webhook_delivery',
      entityId: deliveryId,
      before: toDeliveryDto(before),
      after: toDeliveryDto(after),
    });
    return toDeliveryDto(after);
  });
}

async function cancelDeliveries(tx: Db, orgId: string, endpointId: string): Promise<void> {
  await cancelDeliveryJobs(tx, orgId, await cancelPendingDeliveries(tx, orgId, endpointId));
}

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

const toDeliveryDto = (row: WebhookDeliveryRow) => ({
  id: row.id,
  eventId: row.eventId,
  eventType: row.eventType,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  deliveredAt: row.deliveredAt?.toISOString() ?? null,
});

export async function listDeliveries(db: Db, ctx: RequestContext, endpointId: string, limit: number) {
  if (!(await findEndpoint(db, ctx.org.id, endpointId))) throw new DomainError('not_found');
  return (await selectDeliveries(db, ctx.org.id, endpointId, limit)).map(toDeliveryDto);
}
