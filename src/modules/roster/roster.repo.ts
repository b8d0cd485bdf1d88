import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db.ts';

export interface RosterMessageRow {
  id: string;
  classId: string;
  subject: string;
  body: string;
}

export async function countRecentMessages(tx: Db, orgId: string, classId: string, since: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT count(*)::int AS n FROM roster_messages
        WHERE org_id = ${orgId} AND class_id = ${classId} AND created_at > ${since.toISOString()}`,
  );
  return row?.n ?? 0;
}

/** Everyone booked in the class, once each however many bookings: who a roster message goes to. */
export async function selectBookedCustomers(tx: Db, orgId: string, classId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`SELECT DISTINCT c.id FROM bookings b
        JOIN customers c ON c.org_id = b.org_id AND c.id = b.customer_id
        WHERE b.org_id = ${orgId} AND b.class_id = ${classId} AND b.status <> 'cancelled'
          AND c.anonymised_at IS NULL
        ORDER BY c.id`,
  );
  return rows.map((row) => row.id);
}

export async function insertRosterMessage(
  tx: Db,
  values: {
    orgId: string;
    classId: string;
    subject: string;
    body: string;
    sentBy: string | null;
    recipients: number;
    now: Date;
  },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO roster_messages (org_id, class_id, subject, body, sent_by, recipients, created_at)
        VALUES (${values.orgId}, ${values.classId}, ${values.subject}, ${values.body}, ${values.sentBy},
                ${values.recipients}, ${values.now.toISOString()})
        RETURNING id`,
  );
  if (!row) throw new Error('roster message not inserted');
  return row.id;
}

export async function findRosterMessage(db: Db, orgId: string, id: string): Promise<RosterMessageRow | undefined> {
  const [row] = await queryRows<RosterMessageRow>(
    db,
    sql`SELECT id, class_id AS "classId", subject, body FROM roster_messages WHERE org_id = ${orgId} AND id = ${id}`,
  );
  return row;
}
