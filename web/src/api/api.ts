import type { paths } from './schema';
import { client, ok } from './client';

type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
type Put<P extends keyof paths> = paths[P]['put'] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
type Query<P extends keyof paths> = paths[P]['get'] extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : never;

export type ClassInput = Body<'/api/v1/classes', 'post'>;
export type ApiKeyInput = Body<'/api/v1/api-keys', 'post'>;
export type ClassChanges = Body<'/api/v1/classes/{classId}', 'patch'>;
export type OrganisationChanges = Body<'/api/v1/organisation', 'patch'>;
export type BookingInput = Body<'/api/v1/bookings', 'post'>;
export type AuditQuery = Query<'/api/v1/audit-log'>;
export type LocationInput = Body<'/api/v1/locations', 'post'>;
export type ProviderInput = Body<'/api/v1/providers', 'post'>;
export type ServiceInput = Body<'/api/v1/services', 'post'>;
export type WeeklyHoursInput = Put<'/api/v1/providers/{providerId}/hours'>;
export type OverrideInput = Put<'/api/v1/providers/{providerId}/overrides/{date}'>;
export type TimeOffInput = Body<'/api/v1/providers/{providerId}/time-off', 'post'>;
export type SlotQuery = Query<'/api/v1/services/{serviceId}/slots'>;
export type HoldInput = Body<'/api/v1/holds', 'post'>;
export type PackageInput = Body<'/api/v1/packages', 'post'>;
export type QuoteInput = Body<'/api/v1/quotes', 'post'>;
export type RescheduleInput = Body<'/api/v1/manage/{token}/reschedule', 'post'>;
export type ItemPricingInput = Put<'/api/v1/pricing/services/{itemId}'>;
export type PromoCodeInput = Body<'/api/v1/pricing/promo-codes', 'post'>;
export type SurchargeInput = Body<'/api/v1/pricing/surcharges', 'post'>;
export type ServiceAreaInput = Put<'/api/v1/pricing/service-area'>;
export type HolidaysInput = Put<'/api/v1/pricing/holidays'>;
export type CancellationPolicyInput = Put<'/api/v1/cancellation-policies'>;
export type PaymentHistoryQuery = Query<'/api/v1/me/payments'>;
export type PayDueInput = Body<'/api/v1/me/invoices/{invoiceId}/pay', 'post'>;

/** A key for one attempt: a retry of the same attempt (a double click, a lost answer) books once. */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const byId = <K extends string>(name: K, id: string) => ({ params: { path: { [name]: id } as Record<K, string> } });

export const api = {
  organisation: () => ok(client.GET('/api/v1/organisation')),
  updateOrganisation: (body: OrganisationChanges) => ok(client.PATCH('/api/v1/organisation', { body })),
  setLogo: (image: string) => ok(client.PUT('/api/v1/organisation/logo', { body: { image } })),
  removeLogo: () => ok(client.DELETE('/api/v1/organisation/logo')),

  session: () => ok(client.GET('/api/v1/auth/session')),
  signIn: (body: Body<'/api/v1/auth/sign-in', 'post'>) => ok(client.POST('/api/v1/auth/sign-in', { body })),
  signUp: (body: Body<'/api/v1/auth/sign-up', 'post'>) => ok(client.POST('/api/v1/auth/sign-up', { body })),
  signOut: () => ok(client.POST('/api/v1/auth/sign-out')),
  updateMe: (body: Body<'/api/v1/me', 'patch'>) => ok(client.PATCH('/api/v1/me', { body })),
  requestPasswordReset: (email: string) => ok(client.POST('/api/v1/auth/password-reset', { body: { email } })),
  mailManageLinks: (email: string) => ok(client.POST('/api/v1/manage-links', { body: { email } })),
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

  quote: (body: QuoteInput) => ok(client.POST('/api/v1/quotes', { body })),
  book: (body: BookingInput, idempotencyKey: string) =>
    ok(client.POST('/api/v1/bookings', { body, headers: { 'idempotency-key': idempotencyKey } })),
  bookings: (query: Query<'/api/v1/bookings'>) => ok(client.GET('/api/v1/bookings', { params: { query } })),
  classTypes: () => ok(client.GET('/api/v1/class-types')),
  createClassType: (name: string) => ok(client.POST('/api/v1/class-types', { body: { name } })),
  deleteClassType: (classTypeId: string) =>
    ok(client.DELETE('/api/v1/class-types/{classTypeId}', byId('classTypeId', classTypeId))),
  adminPackages: () => ok(client.GET('/api/v1/packages', { params: { query: { all: 'true' } } })),
  createPackage: (body: PackageInput) => ok(client.POST('/api/v1/packages', { body })),
  updatePackage: (packageId: string, body: Body<'/api/v1/packages/{packageId}', 'patch'>) =>
    ok(client.PATCH('/api/v1/packages/{packageId}', { ...byId('packageId', packageId), body })),
  packages: () => ok(client.GET('/api/v1/packages', { params: { query: {} } })),
  waitingPurchases: () => ok(client.GET('/api/v1/package-purchases/waiting')),
  buyPackage: (
    packageId: string,
    paymentMethod: 'card' | 'swish' | 'bank_transfer',
    idempotencyKey: string,
    savedCardId?: string,
  ) =>
    ok(
      client.POST('/api/v1/packages/{packageId}/purchase', {
        ...byId('packageId', packageId),
        body: { paymentMethod, ...(savedCardId ? { savedCardId } : {}) },
        headers: { 'idempotency-key': idempotencyKey },
      }),
    ),
  myCredits: () => ok(client.GET('/api/v1/me/credits', { params: { query: {} } })),
  customerCredits: (customerId: string) =>
    ok(client.GET('/api/v1/customers/{customerId}/credits', { params: { path: { customerId }, query: {} } })),
  adjustCredits: (customerId: string, body: Body<'/api/v1/customers/{customerId}/credits/adjust', 'post'>) =>
    ok(client.POST('/api/v1/customers/{customerId}/credits/adjust', { ...byId('customerId', customerId), body })),
  myBookings: (when: 'upcoming' | 'past' | 'all') =>
    ok(client.GET('/api/v1/me/bookings', { params: { query: { when } } })),
  myCalendar: () => ok(client.GET('/api/v1/me/calendar')),
  replaceMyCalendar: () => ok(client.POST('/api/v1/me/calendar/replace')),
  providerCalendar: (providerId: string) =>
    ok(client.GET('/api/v1/providers/{providerId}/calendar-link', { params: { path: { providerId } } })),
  replaceProviderCalendar: (providerId: string) =>
    ok(client.POST('/api/v1/providers/{providerId}/calendar-link/replace', { params: { path: { providerId } } })),
  myInvoices: () => ok(client.GET('/api/v1/me/invoices', { params: { query: {} } })),

  profile: () => ok(client.GET('/api/v1/me/profile')),
  updateProfile: (body: Body<'/api/v1/me/profile', 'patch'>) => ok(client.PATCH('/api/v1/me/profile', { body })),
  changePassword: (body: Body<'/api/v1/me/password', 'post'>) => ok(client.POST('/api/v1/me/password', { body })),
  requestEmailChange: (body: Body<'/api/v1/me/email', 'post'>) => ok(client.POST('/api/v1/me/email', { body })),
  requestGuestBookingsLink: () => ok(client.POST('/api/v1/me/guest-bookings/request', {})),
  linkGuestBookings: (token: string) => ok(client.POST('/api/v1/me/guest-bookings/link', { body: { token } })),
  confirmEmailChange: (token: string) => ok(client.POST('/api/v1/auth/email-change/confirm', { body: { token } })),
  deleteAccount: (password: string) => ok(client.DELETE('/api/v1/me', { body: { password } })),
  myPayments: (query: PaymentHistoryQuery) => ok(client.GET('/api/v1/me/payments', { params: { query } })),
  // Saved cards
  myCards: () => ok(client.GET('/api/v1/me/cards')),
  startCardSetup: () => ok(client.POST('/api/v1/me/cards/setup')),
  removeCard: (cardId: string) => ok(client.DELETE('/api/v1/me/cards/{cardId}', byId('cardId', cardId))),
  makeDefaultCard: (cardId: string) => ok(client.POST('/api/v1/me/cards/{cardId}/default', byId('cardId', cardId))),
  payMyInvoice: (invoiceId: string, body: PayDueInput) =>
    ok(client.POST('/api/v1/me/invoices/{invoiceId}/pay', { ...byId('invoiceId', invoiceId), body })),
  payManagedBalance: (token: string, body: PayDueInput) =>
    ok(client.POST('/api/v1/manage/{token}/pay', { params: { path: { token } }, body })),
  rescheduleBooking: (bookingId: string, body: RescheduleInput) =>
    ok(client.POST('/api/v1/bookings/{bookingId}/reschedule', { ...byId('bookingId', bookingId), body })),
  cancelBooking: (bookingId: string) =>
    ok(client.POST('/api/v1/bookings/{bookingId}/cancel', { ...byId('bookingId', bookingId), body: {} })),
  managedBooking: (token: string) => ok(client.GET('/api/v1/manage/{token}', { params: { path: { token } } })),
  requestGuestDataLink: (token: string) =>
    ok(client.POST('/api/v1/manage/{token}/data-link', { params: { path: { token } } })),
  eraseGuest: (token: string) =>
    ok(client.POST('/api/v1/guest-data/{token}/erase', { params: { path: { token } }, body: { confirm: true } })),
  cancelManagedBooking: (token: string) =>
    ok(client.POST('/api/v1/manage/{token}/cancel', { params: { path: { token } }, body: {} })),
  rescheduleManagedBooking: (token: string, body: RescheduleInput) =>
    ok(client.POST('/api/v1/manage/{token}/reschedule', { params: { path: { token } }, body })),

  /** Bookable start times of a service between two local dates of `timeZone`. */
  slots: (serviceId: string, query: SlotQuery) =>
    ok(client.GET('/api/v1/services/{serviceId}/slots', { params: { path: { serviceId }, query } })),
  hold: (body: HoldInput) => ok(client.POST('/api/v1/holds', { body })),
  releaseHold: (holdId: string) => ok(client.DELETE('/api/v1/holds/{holdId}', byId('holdId', holdId))),

  booking: (bookingId: string) => ok(client.GET('/api/v1/bookings/{bookingId}', byId('bookingId', bookingId))),
  checkIn: (bookingId: string) =>
    ok(client.POST('/api/v1/bookings/{bookingId}/check-in', { ...byId('bookingId', bookingId), body: {} })),
  complete: (bookingId: string) =>
    ok(client.POST('/api/v1/bookings/{bookingId}/complete', { ...byId('bookingId', bookingId), body: {} })),
  noShow: (bookingId: string) =>
    ok(client.POST('/api/v1/bookings/{bookingId}/no-show', { ...byId('bookingId', bookingId), body: {} })),

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
  dismissJob: (jobId: number) => ok(client.POST('/api/v1/jobs/{jobId}/dismiss', { params: { path: { jobId } } })),

  apiKeys: () => ok(client.GET('/api/v1/api-keys')),
  createApiKey: (body: ApiKeyInput) => ok(client.POST('/api/v1/api-keys', { body })),
  revokeApiKey: (keyId: string) => ok(client.DELETE('/api/v1/api-keys/{keyId}', { params: { path: { keyId } } })),

  // protect (issue 13): the webhooks dashboard and the rate limits' card
  webhooks: () => ok(client.GET('/api/v1/webhooks')),
  webhookEvents: () => ok(client.GET('/api/v1/webhooks/events')),
  createWebhook: (body: Body<'/api/v1/webhooks', 'post'>) => ok(client.POST('/api/v1/webhooks', { body })),
  updateWebhook: (endpointId: string, body: Body<'/api/v1/webhooks/{endpointId}', 'patch'>) =>
    ok(client.PATCH('/api/v1/webhooks/{endpointId}', { ...byId('endpointId', endpointId), body })),
  deleteWebhook: (endpointId: string) =>
    ok(client.DELETE('/api/v1/webhooks/{endpointId}', byId('endpointId', endpointId))),
  webhookDeliveries: (endpointId: string) =>
    ok(client.GET('/api/v1/webhooks/{endpointId}/deliveries', byId('endpointId', endpointId))),
  retryWebhookDelivery: (endpointId: string, deliveryId: string) =>
    ok(
      client.POST('/api/v1/webhooks/{endpointId}/deliveries/{deliveryId}/retry', {
        params: { path: { endpointId, deliveryId } },
      }),
    ),
  rotateWebhookSecret: (endpointId: string) =>
    ok(client.POST('/api/v1/webhooks/{endpointId}/rotate-secret', byId('endpointId', endpointId))),
  rateLimits: () => ok(client.GET('/api/v1/rate-limits')),
  updateRateLimits: (body: Body<'/api/v1/rate-limits', 'patch'>) => ok(client.PATCH('/api/v1/rate-limits', { body })),
  // notify (issue 12 "Mail")
  staffNotifications: () => ok(client.GET('/api/v1/organisation/staff-notifications')),
  setupChecklist: () => ok(client.GET('/api/v1/organisation/setup')),
  dismissSetupChecklist: () => ok(client.POST('/api/v1/organisation/setup/dismiss')),
  updateStaffNotifications: (body: Body<'/api/v1/organisation/staff-notifications', 'patch'>) =>
    ok(client.PATCH('/api/v1/organisation/staff-notifications', { body })),

  locations: () => ok(client.GET('/api/v1/locations')),
  location: (locationId: string) => ok(client.GET('/api/v1/locations/{locationId}', byId('locationId', locationId))),
  createLocation: (body: LocationInput, idempotencyKey: string) =>
    ok(client.POST('/api/v1/locations', { body, headers: { 'idempotency-key': idempotencyKey } })),
  updateLocation: (locationId: string, body: LocationInput) =>
    ok(client.PATCH('/api/v1/locations/{locationId}', { ...byId('locationId', locationId), body })),
  deleteLocation: (locationId: string) =>
    ok(client.DELETE('/api/v1/locations/{locationId}', byId('locationId', locationId))),

  providers: () => ok(client.GET('/api/v1/providers')),
  classInstructors: () => ok(client.GET('/api/v1/class-instructors')),
  provider: (providerId: string) => ok(client.GET('/api/v1/providers/{providerId}', byId('providerId', providerId))),
  createProvider: (body: ProviderInput, idempotencyKey: string) =>
    ok(client.POST('/api/v1/providers', { body, headers: { 'idempotency-key': idempotencyKey } })),
  updateProvider: (providerId: string, body: ProviderInput) =>
    ok(client.PATCH('/api/v1/providers/{providerId}', { ...byId('providerId', providerId), body })),
  setProviderServices: (providerId: string, serviceIds: string[]) =>
    ok(
      client.PUT('/api/v1/providers/{providerId}/services', {
        ...byId('providerId', providerId),
        body: { serviceIds },
      }),
    ),
  deleteProvider: (providerId: string) =>
    ok(client.DELETE('/api/v1/providers/{providerId}', byId('providerId', providerId))),
  weeklyHours: (providerId: string) =>
    ok(client.GET('/api/v1/providers/{providerId}/hours', byId('providerId', providerId))),
  saveWeeklyHours: (providerId: string, body: WeeklyHoursInput) =>
    ok(client.PUT('/api/v1/providers/{providerId}/hours', { ...byId('providerId', providerId), body })),
  overrides: (providerId: string) =>
    ok(client.GET('/api/v1/providers/{providerId}/overrides', byId('providerId', providerId))),
  saveOverride: (providerId: string, date: string, body: OverrideInput) =>
    ok(client.PUT('/api/v1/providers/{providerId}/overrides/{date}', { params: { path: { providerId, date } }, body })),
  deleteOverride: (providerId: string, date: string) =>
    ok(client.DELETE('/api/v1/providers/{providerId}/overrides/{date}', { params: { path: { providerId, date } } })),
  timeOff: (providerId: string) =>
    ok(client.GET('/api/v1/providers/{providerId}/time-off', byId('providerId', providerId))),
  addTimeOff: (providerId: string, body: TimeOffInput, idempotencyKey: string) =>
    ok(
      client.POST('/api/v1/providers/{providerId}/time-off', {
        ...byId('providerId', providerId),
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    ),
  deleteTimeOff: (providerId: string, timeOffId: string) =>
    ok(
      client.DELETE('/api/v1/providers/{providerId}/time-off/{timeOffId}', {
        params: { path: { providerId, timeOffId } },
      }),
    ),

  services: () => ok(client.GET('/api/v1/services')),
  service: (serviceId: string) => ok(client.GET('/api/v1/services/{serviceId}', byId('serviceId', serviceId))),
  createService: (body: ServiceInput, idempotencyKey: string) =>
    ok(client.POST('/api/v1/services', { body, headers: { 'idempotency-key': idempotencyKey } })),
  updateService: (serviceId: string, body: Partial<ServiceInput>) =>
    ok(client.PATCH('/api/v1/services/{serviceId}', { ...byId('serviceId', serviceId), body })),
  deleteService: (serviceId: string) => ok(client.DELETE('/api/v1/services/{serviceId}', byId('serviceId', serviceId))),

  pricingSettings: () => ok(client.GET('/api/v1/pricing/settings')),
  updatePricingSettings: (body: Body<'/api/v1/pricing/settings', 'patch'>) =>
    ok(client.PATCH('/api/v1/pricing/settings', { body })),
  taxRates: () => ok(client.GET('/api/v1/pricing/tax-rates')),
  createTaxRate: (body: Body<'/api/v1/pricing/tax-rates', 'post'>) =>
    ok(client.POST('/api/v1/pricing/tax-rates', { body })),
  updateTaxRate: (taxRateId: string, body: Body<'/api/v1/pricing/tax-rates/{taxRateId}', 'patch'>) =>
    ok(client.PATCH('/api/v1/pricing/tax-rates/{taxRateId}', { ...byId('taxRateId', taxRateId), body })),
  deleteTaxRate: (taxRateId: string) =>
    ok(client.DELETE('/api/v1/pricing/tax-rates/{taxRateId}', byId('taxRateId', taxRateId))),
  servicePricing: (itemId: string) => ok(client.GET('/api/v1/pricing/services/{itemId}', byId('itemId', itemId))),
  saveServicePricing: (itemId: string, body: ItemPricingInput) =>
    ok(client.PUT('/api/v1/pricing/services/{itemId}', { ...byId('itemId', itemId), body })),
  classPricing: (itemId: string) => ok(client.GET('/api/v1/pricing/classes/{itemId}', byId('itemId', itemId))),
  saveClassPricing: (itemId: string, body: ItemPricingInput) =>
    ok(client.PUT('/api/v1/pricing/classes/{itemId}', { ...byId('itemId', itemId), body })),
  promoCodes: () => ok(client.GET('/api/v1/pricing/promo-codes')),
  createPromoCode: (body: PromoCodeInput) => ok(client.POST('/api/v1/pricing/promo-codes', { body })),
  updatePromoCode: (promoId: string, body: Body<'/api/v1/pricing/promo-codes/{promoId}', 'patch'>) =>
    ok(client.PATCH('/api/v1/pricing/promo-codes/{promoId}', { ...byId('promoId', promoId), body })),
  surcharges: () => ok(client.GET('/api/v1/pricing/surcharges')),
  createSurcharge: (body: SurchargeInput) => ok(client.POST('/api/v1/pricing/surcharges', { body })),
  deleteSurcharge: (surchargeId: string) =>
    ok(client.DELETE('/api/v1/pricing/surcharges/{surchargeId}', byId('surchargeId', surchargeId))),
  holidays: () => ok(client.GET('/api/v1/pricing/holidays')),
  saveHolidays: (body: HolidaysInput) => ok(client.PUT('/api/v1/pricing/holidays', { body })),
  serviceArea: () => ok(client.GET('/api/v1/pricing/service-area')),
  saveServiceArea: (body: ServiceAreaInput) => ok(client.PUT('/api/v1/pricing/service-area', { body })),
  cancellationPolicies: () => ok(client.GET('/api/v1/cancellation-policies')),
  saveCancellationPolicy: (body: CancellationPolicyInput) => ok(client.PUT('/api/v1/cancellation-policies', { body })),
  deleteCancellationPolicy: (policyId: string) =>
    ok(client.DELETE('/api/v1/cancellation-policies/{policyId}', byId('policyId', policyId))),

  /** Accounts of one role (admins only). */
  users: (role: 'staff' | 'admin') => ok(client.GET('/api/v1/users', { params: { query: { role } } })),
  invitations: () => ok(client.GET('/api/v1/team/invitations')),
  invite: (email: string, role: 'admin' | 'staff') =>
    ok(client.POST('/api/v1/team/invitations', { body: { email, role } })),
  withdrawInvitation: (invitationId: string) =>
    ok(client.DELETE('/api/v1/team/invitations/{invitationId}', { params: { path: { invitationId } } })),
  invitation: (token: string) => ok(client.GET('/api/v1/invitations/{token}', { params: { path: { token } } })),
  acceptInvitation: (token: string, account: { name: string; password: string } | null) =>
    ok(
      client.POST('/api/v1/invitations/{token}/accept', {
        params: { path: { token } },
        body: account ?? {},
      }),
    ),
  changeRole: (userId: string, role: 'customer' | 'staff' | 'admin') =>
    ok(client.PATCH('/api/v1/users/{userId}', { params: { path: { userId } }, body: { role } })),

  invoices: (status?: 'open' | 'overdue' | 'paid' | 'credited' | 'void') =>
    ok(client.GET('/api/v1/invoices', { params: { query: status ? { status } : {} } })),
  customers: (q: string) => ok(client.GET('/api/v1/customers', { params: { query: q ? { q } : {} } })),
  customer: (customerId: string) => ok(client.GET('/api/v1/customers/{customerId}', byId('customerId', customerId))),
  auditLog: (query: AuditQuery) => ok(client.GET('/api/v1/audit-log', { params: { query } })),
  // roster (issue 12 "Attendance")
  roster: (classId: string) => ok(client.GET('/api/v1/classes/{classId}/roster', byId('classId', classId))),
  undoCheckIn: (bookingId: string) =>
    ok(client.POST('/api/v1/bookings/{bookingId}/undo-check-in', { ...byId('bookingId', bookingId), body: {} })),
  paidAtVenue: (bookingId: string, expectedAmount: number) =>
    ok(
      client.POST('/api/v1/bookings/{bookingId}/paid-at-venue', {
        ...byId('bookingId', bookingId),
        body: { expectedAmount },
      }),
    ),
  messageRoster: (classId: string, body: { subject: string; text: string }) =>
    ok(client.POST('/api/v1/classes/{classId}/roster/messages', { ...byId('classId', classId), body })),
};
