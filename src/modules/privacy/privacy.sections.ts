import type { Db } from '../../platform/db.ts';
import {
  type Fields,
  accountFields,
  auditEntryFields,
  bookingFields,
  creditGrantFields,
  creditLedgerFields,
  customerFields,
  invoiceFields,
  loyaltyLedgerFields,
  loyaltyRedemptionFields,
  packagePurchaseFields,
  paymentFields,
  promoUseFields,
  refundFields,
  savedCardFields,
  sessionFields,
  waitlistEntryFields,
} from './privacy.fields.ts';
import {
  type DataSubject,
  readAccount,
  readAuditEntries,
  readBookings,
  readCreditGrants,
  readCreditLedger,
  readCustomers,
  readInvoices,
  readLoyaltyLedger,
  readLoyaltyRedemptions,
  readPackagePurchases,
  readPayments,
  readPromoUses,
  readRefunds,
  readSavedCards,
  readSessions,
  readWaitlistEntries,
} from './privacy.repo.ts';

export interface DataSection {
  /** The key of the section in the export. */
  name: string;
  /** The table its rows come from (a test checks that each of its columns is declared in `fields`). */
  table: string;
  read(db: Db, subject: DataSubject): Promise<unknown[]>;
  /** How each column reads in the export (privacy.fields.ts). */
  fields: Fields;
}

/**
 * Everything held about an account, section by section. A module that keeps more about a person
 * (saved cards, loyalty points, …) adds one line here, with how its columns read, and the export carries it.
 */
export const dataSections: DataSection[] = [
  { name: 'account', table: 'users', read: readAccount, fields: accountFields },
  { name: 'sessions', table: 'sessions', read: readSessions, fields: sessionFields },
  { name: 'customers', table: 'customers', read: readCustomers, fields: customerFields },
  { name: 'bookings', table: 'bookings', read: readBookings, fields: bookingFields },
  { name: 'packagePurchases', table: 'package_purchases', read: readPackagePurchases, fields: packagePurchaseFields },
  { name: 'payments', table: 'payments', read: readPayments, fields: paymentFields },
  { name: 'refunds', table: 'refunds', read: readRefunds, fields: refundFields },
  { name: 'invoices', table: 'invoices', read: readInvoices, fields: invoiceFields },
  { name: 'creditGrants', table: 'credit_grants', read: readCreditGrants, fields: creditGrantFields },
  { name: 'creditLedger', table: 'credit_ledger', read: readCreditLedger, fields: creditLedgerFields },
  { name: 'waitlistEntries', table: 'waitlist_entries', read: readWaitlistEntries, fields: waitlistEntryFields },
  { name: 'promoUses', table: 'promo_uses', read: readPromoUses, fields: promoUseFields },
  { name: 'loyaltyLedger', table: 'loyalty_ledger', read: readLoyaltyLedger, fields: loyaltyLedgerFields },
  {
    name: 'loyaltyRedemptions',
    table: 'loyalty_redemptions',
    read: readLoyaltyRedemptions,
    fields: loyaltyRedemptionFields,
  },
  { name: 'savedCards', table: 'saved_cards', read: readSavedCards, fields: savedCardFields },
  { name: 'auditEntries', table: 'audit_log', read: readAuditEntries, fields: auditEntryFields },
];
