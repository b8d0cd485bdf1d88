/**
 * Appointment bookings and slot holds written as rows in raw SQL, for tests and benchmarks that need a
 * provider's time taken without going through the booking API. The rows are real: the triggers of
 * migration 0010 give each its provider claim, and the exclusion constraint refuses an overlap.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../src/platform/db.ts';

const MINUTE_MS = 60_000;

/** A guest customer of the organisation, for booking rows to belong to. */
export async function insertGuestCustomer(db: Db, orgId: string, email = `guest-${randomUUID()}@example.test`) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO customers (org_id, email, name) VALUES (${orgId}, ${email}, 'Guest') RETURNING id`,
  );
  if (!row) throw new Error('customer insert returned nothing');
  return row.id;
}

export interface AppointmentRow {
  orgId: string;
  serviceId: string;
  providerId: string;
  /** a new guest customer when absent */
  customerId?: string;
  start: Date;
  end: Date;
  /** the service's buffers: the booking's blocked range is [start − before, end + after) */
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  status?: 'pending' | 'confirmed' | 'cancelled';
  /** a pending booking's payment deadline */
  holdExpiresAt?: Date;
}

/** Inserts one appointment booking; resolves with its id. Throws the database's error on an overlap. */
export async function insertAppointmentRow(db: Db, row: AppointmentRow): Promise<string> {
  const customerId = row.customerId ?? (await insertGuestCustomer(db, row.orgId));
  const status = row.status ?? 'confirmed';
  const blockedFrom = new Date(row.start.getTime() - (row.bufferBeforeMinutes ?? 0) * MINUTE_MS);
  const blockedTo = new Date(row.end.getTime() + (row.bufferAfterMinutes ?? 0) * MINUTE_MS);
  const holdExpiresAt = status === 'pending' ? (row.holdExpiresAt ?? new Date(Date.now() + 3_600_000)) : null;
  const [inserted] = await queryRows<{ id: string }>(
    db,
    sql`
      INSERT INTO bookings (org_id, customer_id, spots, status, price_amount, currency, payment_method, source,
                            service_id, provider_id, starts_at, ends_at, blocked, hold_expires_at, cancelled_at)
      VALUES (${row.orgId}, ${customerId}, 1, ${status}, 0, 'SEK', 'venue', 'staff',
              ${row.serviceId}, ${row.providerId}, ${row.start}, ${row.end}, tstzrange(${blockedFrom}, ${blockedTo}),
              ${holdExpiresAt}, ${status === 'cancelled' ? row.start : null})
      RETURNING id`,
  );
  if (!inserted) throw new Error('booking insert returned nothing');
  return inserted.id;
}

export interface HoldRow {
  orgId: string;
  serviceId: string;
  providerId: string;
  start: Date;
  end: Date;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
  expiresAt: Date;
}

/** Inserts one slot hold of a provider's time; resolves with its id. */
export async function insertHoldRow(db: Db, row: HoldRow): Promise<string> {
  const blockedFrom = new Date(row.start.getTime() - (row.bufferBeforeMinutes ?? 0) * MINUTE_MS);
  const blockedTo = new Date(row.end.getTime() + (row.bufferAfterMinutes ?? 0) * MINUTE_MS);
  const [inserted] = await queryRows<{ id: string }>(
    db,
    sql`
      INSERT INTO holds (org_id, service_id, provider_id, starts_at, ends_at, blocked, expires_at)
      VALUES (${row.orgId}, ${row.serviceId}, ${row.providerId}, ${row.start}, ${row.end},
              tstzrange(${blockedFrom}, ${blockedTo}), ${row.expiresAt})
      RETURNING id`,
  );
  if (!inserted) throw new Error('hold insert returned nothing');
  return inserted.id;
}
