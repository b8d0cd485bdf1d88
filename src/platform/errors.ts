/**
 * One error type for the whole application. A service throws `DomainError` with a stable
 * machine code; the HTTP layer alone maps the code to a status and a localised message.
 */
export const errorStatus = {
  validation_failed: 400,
  bad_request: 400,
  invalid_json: 400,
  idempotency_key_invalid: 400,
  invalid_reset_token: 400,
  invalid_signature: 400,
  malformed_event: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  invalid_api_key: 401,
  forbidden: 403,
  csrf_failed: 403,
  insufficient_scope: 403,
  api_key_not_allowed: 403,
  not_found: 404,
  route_not_found: 404,
  organisation_not_found: 404,
  class_not_found: 404,
  booking_not_found: 404,
  customer_not_found: 404,
  user_not_found: 404,
  // profile and personal data (issue 11)
  invalid_email_change_token: 400,
  guest_link_invalid: 400,
  data_link_invalid: 404,
  wrong_password: 403,
  email_unchanged: 422,
  account_not_deletable: 409,
  account_has_unpaid: 409,
  booking_of_account: 409,
  guest_link_merge_refused: 409,
  // invitations to the team
  invitation_invalid: 404,
  invitation_not_found: 404,
  invitation_sign_in: 409,
  invitation_other_account: 409,
  already_on_team: 409,
  job_not_retryable: 404,
  job_overtaken: 409,
  job_not_dismissible: 404,
  payment_not_found: 404,
  location_not_found: 404,
  provider_not_found: 404,
  service_not_found: 404,
  hold_not_found: 404,
  invoice_not_found: 404,
  class_type_not_found: 404,
  package_not_found: 404,
  promo_not_found: 404,
  tax_rate_not_found: 404,
  api_key_not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  email_taken: 409,
  capacity_full: 409,
  class_cancelled: 409,
  class_started: 409,
  class_has_bookings: 409,
  capacity_below_booked: 409,
  cancellation_deadline_passed: 409,
  booking_cancelled: 409,
  booking_not_started: 409,
  idempotency_key_in_use: 409,
  payment_not_succeeded: 409,
  payment_method_mismatch: 409,
  refund_exceeds_payment: 409,
  problem_resolved: 409,
  already_booked: 409,
  booking_has_payment: 409,
  location_in_use: 409,
  provider_in_use: 409,
  service_in_use: 409,
  schedule_overlap: 409,
  provider_account_taken: 409,
  slot_taken: 409,
  hold_expired: 409,
  reschedule_closed: 409,
  class_currency_differs: 409,
  invalid_transition: 409,
  invoice_exists: 409,
  invoice_already_credited: 409,
  // Paying what is due (issue 11)
  invoice_paid: 409,
  invoice_void: 409,
  nothing_due: 409,
  amount_mismatch: 409,
  insufficient_credits: 409,
  promo_exhausted: 409,
  price_changed: 409,
  tax_rate_in_use: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  spots_limit_exceeded: 422,
  promo_expired: 422,
  promo_not_applicable: 422,
  idempotency_key_reused: 422,
  last_admin: 422,
  provider_account_not_staff: 422,
  payment_method_unavailable: 422,
  provider_not_offering: 422,
  slot_unavailable: 422,
  start_in_past: 422,
  too_soon: 422,
  too_far_ahead: 422,
  address_required: 422,
  wrong_booking_kind: 422,
  credit_note_not_creditable: 422,
  nothing_to_invoice: 422,
  invalid_image: 422,
  out_of_service_area: 422,
  address_not_placed: 422,
  credits_not_applicable: 422,
  // cards (saved cards, issue 11)
  saved_card_requires_account: 401,
  card_not_found: 404,
  card_declined: 402,
  // end cards
  // money (rescheduling at a new price)
  reschedule_payment_pending: 409,
  reschedule_refund_by_hand: 409,
  reschedule_needs_payment: 409,
  postcode_not_in_address: 422,
  instructor_busy: 409,
  // end money
  rate_limited: 429,
  too_many_holds: 429,
  headers_too_large: 431,
  internal_error: 500,
  payment_provider_unavailable: 502,
  payments_disabled: 503,
  busy: 503,
  database_unavailable: 503,
  shutting_down: 503,
  // loyalty
  reward_not_found: 404,
  redemption_not_found: 404,
  insufficient_points: 409,
  reward_out_of_stock: 409,
  reward_inactive: 409,
  loyalty_disabled: 409,
  reward_in_use: 409,
  redemption_not_pending: 409,
  // waitlist
  waitlist_entry_not_found: 404,
  waitlist_class_has_room: 409,
  already_on_waitlist: 409,
  waitlist_offer_not_open: 409,
  waitlist_offer_expired: 409,
  // end waitlist
  // roster (issue 12 "Attendance")
  attendance_final: 409,
  roster_empty: 409,
  roster_message_limit: 429,
  // protect (issue 13): webhooks dashboard
  webhook_delivery_not_found: 404,
  webhook_delivery_not_failed: 409,
  // platform (issue 13: many businesses)
  organisation_exists: 409,
  // recurring (issue 12 "Schedules")
  series_not_found: 404,
  template_not_found: 404,
  class_not_in_series: 409,
  series_empty: 422,
  series_too_long: 422,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type ErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly details: unknown;

  constructor(code: ErrorCode, params: ErrorParams = {}, details?: unknown, cause?: unknown) {
    super(code, cause === undefined ? undefined : { cause });
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
