import type { paths } from './schema';
import { client, ok } from './client';

type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

export type ClassInput = Body<'/api/v1/classes', 'post'>;
export type ClassChanges = Body<'/api/v1/classes/{classId}', 'patch'>;
export type OrganisationChanges = Body<'/api/v1/organisation', 'patch'>;
export type BookingInput = Body<'/api/v1/bookings', 'post'>;
export type AuditQuery = Query<'/api/v1/audit-log'>;

/** A key for one attempt: a retry of the same attempt (a double click, a lost answer) books once. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const byId = <K extends string>(name: K, id: string) => ({ params: { path: { [name]: id } as Record<K, string> } });

export const api = {
  organisation: () => ok(client.GET('/api/v1/organisation')),
  updateOrganisation: (body: OrganisationChanges) => ok(client.PATCH('/api/v1/organisation', { body })),

  session: () => ok(client.GET('/api/v1/auth/session')),
  signIn: (body: Body<'/api/v1/auth/sign-in', 'post'>) => ok(client.POST('/api/v1/auth/sign-in', { body })),
  signUp: (body: Body<'/api/v1/auth/sign-up', 'post'>) => ok(client.POST('/api/v1/auth/sign-up', { body })),
  signOut: () => ok(client.POST('/api/v1/auth/sign-out')),
  updateMe: (body: Body<'/api/v1/me', 'patch'>) => ok(client.PATCH('/api/v1/me', { body })),
  requestPasswordReset: (email: string) => ok(client.POST('/api/v1/auth/password-reset', { body: { email } })),
  confirmPasswordReset: (token: string, password: string) =>
    ok(client.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } })),

  classes: (query: Query<'/api/v1/classes'>) => ok(client.GET('/api/v1/classes', { params: { query } })),
  class: (classId: string) => ok(client.GET('/api/v1/classes/{classId}', byId('classId', classId))),
  createClass: (body: ClassInput, idempotencyKey: string) =>
    ok(client.POST('/api/v1/classes', { body, headers: { 'idempotency-key': idempotencyKey } })),
  updateClass: (classId: string, body: ClassChanges) =>
    ok(client.PATCH('/api/v1/classes/{classId}', { ...byId('classId', classId), body })),
  cancelClass: (classId: string, reason?: string) =>
    ok(
      client.POST('/api/v1/classes/{classId}/cancel', { ...byId('classId', classId), body: reason ? { reason } : {} }),
    ),
  deleteClass: (classId: string) => ok(client.DELETE('/api/v1/classes/{classId}', byId('classId', classId))),

  book: (body: BookingInput, idempotencyKey: string) =>
    ok(client.POST('/api/v1/bookings', { body, headers: { 'idempotency-key': idempotencyKey } })),
  bookings: (query: Query<'/api/v1/bookings'>) => ok(client.GET('/api/v1/bookings', { params: { query } })),
  myBookings: (when: 'upcoming' | 'past') => ok(client.GET('/api/v1/me/bookings', { params: { query: { when } } })),
  cancelBooking: (bookingId: string) =>
    ok(client.POST('/api/v1/bookings/{bookingId}/cancel', { ...byId('bookingId', bookingId), body: {} })),
  managedBooking: (token: string) => ok(client.GET('/api/v1/manage/{token}', { params: { path: { token } } })),
  cancelManagedBooking: (token: string) =>
    ok(client.POST('/api/v1/manage/{token}/cancel', { params: { path: { token } }, body: {} })),

  booking: (bookingId: string) => ok(client.GET('/api/v1/bookings/{bookingId}', byId('bookingId', bookingId))),

  confirmCardPayment: (paymentIntentId: string) =>
    ok(client.POST('/api/v1/payments/confirm', { body: { paymentIntentId } })),
  paymentByIntent: (paymentIntentId: string) =>
    ok(client.GET('/api/v1/payments/by-intent/{paymentIntentId}', byId('paymentIntentId', paymentIntentId))),
  payment: (paymentId: string) => ok(client.GET('/api/v1/payments/{paymentId}', byId('paymentId', paymentId))),
  markPaid: (paymentId: string) =>
    ok(client.POST('/api/v1/payments/{paymentId}/mark-paid', { ...byId('paymentId', paymentId), body: {} })),
  refund: (paymentId: string, body: Body<'/api/v1/payments/{paymentId}/refunds', 'post'>) =>
    ok(client.POST('/api/v1/payments/{paymentId}/refunds', { ...byId('paymentId', paymentId), body })),
  unbookablePayments: (query: Query<'/api/v1/unbookable-payments'>) =>
    ok(client.GET('/api/v1/unbookable-payments', { params: { query } })),
  bookUnbookable: (problemId: string) =>
    ok(client.POST('/api/v1/unbookable-payments/{problemId}/book', { ...byId('problemId', problemId), body: {} })),
  integrity: () => ok(client.GET('/api/v1/integrity')),

  jobs: (query: Query<'/api/v1/jobs'>) => ok(client.GET('/api/v1/jobs', { params: { query } })),
  retryJob: (jobId: number) => ok(client.POST('/api/v1/jobs/{jobId}/retry', { params: { path: { jobId } } })),

  customers: (q: string) => ok(client.GET('/api/v1/customers', { params: { query: q ? { q } : {} } })),
  auditLog: (query: AuditQuery) => ok(client.GET('/api/v1/audit-log', { params: { query } })),
};
