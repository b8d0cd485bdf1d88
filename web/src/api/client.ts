import createClient from 'openapi-fetch';
import { orgFromPath } from '../router';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type ClassItem = Schemas['Class'];
export type Booking = Schemas['Booking'];
export type SetupChecklist = Schemas['SetupChecklist'];
export type ApiKey = Schemas['ApiKey'];
export type WebhookEndpoint = Schemas['WebhookEndpoint'];
export type WebhookDelivery = Schemas['WebhookDelivery'];
export type RateLimits = Schemas['RateLimits'];
export type StaffNotifications = Schemas['StaffNotifications'];
export type InvoiceSummary = Schemas['InvoiceSummary'];
export type PaymentHistoryEntry = Schemas['PaymentHistoryEntry'];
export type Organisation = Schemas['Organisation'];
export type User = Schemas['User'];
export type Session = Schemas['Session'];
export type TeamInvitation = Schemas['TeamInvitation'];
export type TeamInvitationView = Schemas['TeamInvitationView'];
export type AuditEntry = Schemas['AuditEntry'];
export type Money = Schemas['Money'];
export type Checkout = Schemas['Checkout'];
export type Payment = Schemas['Payment'];
export type UnbookablePayment = Schemas['UnbookablePayment'];
export type Job = Schemas['Job'];
export type Location = Schemas['Location'];
export type Provider = Schemas['Provider'];
export type Service = Schemas['Service'];
export type WeeklyHours = Schemas['WeeklyHours'];
export type DateOverride = Schemas['DateOverride'];
export type TimeOff = Schemas['TimeOff'];

/** Free start times of a service, in the zone asked for, and the providers who offer it. */
export type SlotList = Schemas['Slots'];
export type Slot = SlotList['slots'][number];
/** A provider's time (or class spots) held for a few minutes while the customer checks out. */
export type Hold = Schemas['Hold'];
export type Package = Schemas['Package'];
export type PackagePurchase = Schemas['PackagePurchase'];
export type Credits = Schemas['Credits'];
export type Quote = Schemas['Quote'];
export type TaxRate = Schemas['TaxRate'];
export type PromoCode = Schemas['PromoCode'];
export type SurchargeRule = Schemas['SurchargeRule'];
export type ServiceArea = Schemas['ServiceArea'];
export type CancellationPolicy = Schemas['CancellationPolicy'];
export type PriceAdjustment = Schemas['PriceAdjustment'];
export type Profile = Schemas['Profile'];
export type SavedCard = Schemas['SavedCard'];

export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * A refusal from the API: `{ error: { code, message, requestId, details? } }`. The message is
 * already in the language sent as Accept-Language. `network_error` means no answer at all.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null = null,
    readonly details: unknown = undefined,
  ) {
    super(message);
  }

  /** The fields a `validation_failed` refusal names, e.g. `guest.email`. */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (detail): detail is FieldProblem => typeof detail?.path === 'string' && typeof detail?.message === 'string',
    );
  }
}

/** What every request carries: the UI language, the organisation asked for, the CSRF token. */
export const requestDefaults = {
  locale: 'en',
  org: orgFromPath ?? new URLSearchParams(window.location.search).get('org'),
  csrfToken: null as string | null,
};

export const client = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

client.use({
  onRequest({ request }) {
    request.headers.set('accept-language', requestDefaults.locale);
    if (requestDefaults.org) request.headers.set('x-org', requestDefaults.org);
    if (request.method !== 'GET' && requestDefaults.csrfToken)
      request.headers.set('x-csrf-token', requestDefaults.csrfToken);
    return request;
  },
});

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer, or an ApiError. */
export async function ok<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch {
    throw new ApiError(0, 'network_error', '');
  }
  if (answer.response.ok) return answer.data as T;
  const body = (answer.error as { error?: Partial<ApiError> } | undefined)?.error;
  throw new ApiError(
    answer.response.status,
    body?.code ?? 'internal_error',
    body?.message ?? '',
    body?.requestId ?? null,
    body?.details,
  );
}

/**
 * Downloads a PDF the API answers (an invoice): fetched with the request's organisation and session,
 * which a plain link would not carry for an organisation named by `?org=`.
 */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': requestDefaults.locale };
  if (requestDefaults.org) headers['x-org'] = requestDefaults.org;
  const response = await fetch(new URL(path, window.location.origin), { credentials: 'same-origin', headers });
  if (!response.ok) throw new ApiError(response.status, 'download_failed', '');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
