import type { Db } from '../../platform/db.ts';
import {
  type DataSubject,
  readAccount,
  readAuditEntries,
  readBookings,
  readCreditGrants,
  readCreditLedger,
  readCustomers,
  readInvoices,
  readPackagePurchases,
  readPayments,
  readRefunds,
  readSessions,
} from './privacy.repo.ts';

export interface DataSection {
  /** The key of the section in the export. */
  name: string;
  read(db: Db, subject: DataSubject): Promise<unknown[]>;
}

/**
 * Everything held about an account, section by section. A module that keeps more about a person
 * (saved cards, loyalty points, …) adds one line here, and the export carries it.
 */
export const dataSections: DataSection[] = [
  { name: 'account', read: readAccount },
  { name: 'sessions', read: readSessions },
  { name: 'customers', read: readCustomers },
  { name: 'bookings', read: readBookings },
  { name: 'packagePurchases', read: readPackagePurchases },
  { name: 'payments', read: readPayments },
  { name: 'refunds', read: readRefunds },
  { name: 'invoices', read: readInvoices },
  { name: 'creditGrants', read: readCreditGrants },
  { name: 'creditLedger', read: readCreditLedger },
  { name: 'auditEntries', read: readAuditEntries },
];
