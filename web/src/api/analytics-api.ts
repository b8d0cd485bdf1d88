/** The analytics routes, apart from api.ts so that the Analytics page keeps its calls in one place. */
import type { components } from './schema';
import { client, downloadFile, ok } from './client';

type Schemas = components['schemas'];
export interface Period {
  from: string;
  to: string;
}

export type AnalyticsAnswers = {
  bookings: Schemas['AnalyticsBookings'];
  'revenue-by-method': Schemas['AnalyticsRevenueByMethod'];
  'revenue-by-item': Schemas['AnalyticsRevenueByItem'];
  'fill-rate': Schemas['AnalyticsFillRate'];
  utilisation: Schemas['AnalyticsUtilisation'];
  payments: Schemas['AnalyticsPayments'];
  funnel: Schemas['AnalyticsFunnel'];
  customers: Schemas['AnalyticsCustomers'];
  balances: Schemas['AnalyticsBalances'];
};
export type AnalyticsTable = keyof AnalyticsAnswers;

const query = (period: Period) => ({ params: { query: period } });

export const analyticsApi = {
  bookings: (p: Period) => ok(client.GET('/api/v1/analytics/bookings', query(p))),
  revenueByMethod: (p: Period) => ok(client.GET('/api/v1/analytics/revenue-by-method', query(p))),
  revenueByItem: (p: Period) => ok(client.GET('/api/v1/analytics/revenue-by-item', query(p))),
  fillRate: (p: Period) => ok(client.GET('/api/v1/analytics/fill-rate', query(p))),
  utilisation: (p: Period) => ok(client.GET('/api/v1/analytics/utilisation', query(p))),
  payments: (p: Period) => ok(client.GET('/api/v1/analytics/payments', query(p))),
  funnel: (p: Period) => ok(client.GET('/api/v1/analytics/funnel', query(p))),
  customers: (p: Period) => ok(client.GET('/api/v1/analytics/customers', query(p))),
  balances: (p: Period) => ok(client.GET('/api/v1/analytics/balances', query(p))),
  download: (table: AnalyticsTable, p: Period) =>
    downloadFile(
      `/api/v1/analytics/${table}/export?from=${p.from}&to=${p.to}`,
      `analytics-${table}-${p.from}-${p.to}.csv`,
    ),
  /** One step of the booking funnel; counting must never get in the way of booking, so failures are dropped. */
  count: (step: 'page_view' | 'checkout_started') => {
    client.POST('/api/v1/analytics/events', { body: { step } }).catch(() => undefined);
  },
};
