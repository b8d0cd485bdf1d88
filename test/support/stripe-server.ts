/**
 * A local stand-in for Stripe's REST API (v1), for tests that drive the official `stripe` SDK.
 *
 * The SDK is pointed at it with `host`/`port`/`protocol` (see stripe-client.ts), so the code under
 * test runs exactly as in production: the same request encoding, retries, idempotency keys and error
 * classes. Nothing leaves 127.0.0.1.
 *
 * EMULATED, as the SDK speaks it (form-encoded bodies with nested keys such as `metadata[booking_id]`,
 * `Authorization: Bearer <secret key>`, `Idempotency-Key`, `Stripe-Version`):
 *   POST /v1/payment_intents              amount, currency, metadata, description, receipt_email,
 *                                         automatic_payment_methods, allowed_payment_method_types (the SDK's
 *                                         pinned API version replaced `payment_method_types` with it),
 *                                         capture_method (automatic only), statement_descriptor(_suffix), expand
 *   GET  /v1/payment_intents              list filters: created (to find an intent by its metadata after an error)
 *   GET  /v1/payment_intents/:id          expand[]=latest_charge
 *   POST /v1/payment_intents/:id          metadata (merge; '' deletes a key), description, receipt_email,
 *                                         amount and currency while the intent is unpaid
 *   POST /v1/payment_intents/:id/cancel   cancellation_reason
 *   POST /v1/refunds                      payment_intent | charge, amount (default: all that is left),
 *                                         reason, metadata
 *   GET  /v1/refunds, /v1/refunds/:id     list filters: payment_intent, charge
 *   GET  /v1/charges/:id                  (a PaymentIntent's latest_charge)
 *   GET  /v1/events, /v1/events/:id       list filters: type (with a trailing `*`), types[], created
 *   Customers, SetupIntents, PaymentMethods and confirming a PaymentIntent with a saved card: see the
 *                                         "Saved cards" block below.
 *   Lists paginate like Stripe: newest first, limit (1-100, default 10), starting_after, ending_before.
 *
 * Idempotency as Stripe documents it: the first response to a key (status and body) is saved once the
 * endpoint starts executing and replayed for a retry with the same parameters (header
 * `Idempotent-Replayed: true`); the same key with other parameters or on another endpoint is a 400
 * `idempotency_error`; a key whose first request is still running is a 409 `idempotency_key_in_use`.
 * Parameter-validation errors and injected faults are not saved, so a retry runs afresh, except a 500: as
 * at Stripe, a request that failed with a server error keeps that error under its key, and every retry
 * with the key gets the same 500 (with `Stripe-Should-Retry: false`, so the SDK does not retry it).
 * Keys expire after about 24 hours at Stripe; `expireIdempotencyKeys()` does that at once.
 * Note that the SDK sends an Idempotency-Key on EVERY POST (a random `stripe-node-retry-…` one when
 * the caller gives none) and reuses it for its own retries.
 *
 * Errors have Stripe's shape `{ error: { type, code?, message, param?, doc_url? } }` and status, so the
 * SDK raises its own classes: 401 → StripeAuthenticationError, 404 resource_missing and 400 →
 * StripeInvalidRequestError, 400 idempotency_error → StripeIdempotencyError, 5xx → StripeAPIError.
 * A parameter this server does not know is refused (400 parameter_unknown) rather than ignored, so
 * code that starts relying on something not emulated fails loudly instead of passing by accident.
 *
 * Refunds hold their money while pending, as on Stripe, and give it back if they fail. Asking for more
 * than is left is a 400: `charge_already_refunded` when nothing is left, else `amount_too_large`
 * (param `amount`). Stripe itself has been seen to send the second without a code, so payment code
 * should check its own ledger first and treat any 400 from refunds.create as a refusal.
 *
 * TEST CONTROLS are plain methods, not HTTP: requireAction (3-D Secure) / process / succeed / fail / cancel
 * a PaymentIntent, settleRefund, expireIdempotencyKeys,
 * the refundOutcome and latencyMs settings, failNext (faults), event (hand-made events), events /
 * lastEvent / requests (what happened), signedPayload / deliver (webhooks), reset, close.
 *
 * Events are generated as Stripe does for these objects: payment_intent.created / .requires_action /
 * .processing / .succeeded / .payment_failed / .canceled, charge.succeeded / .failed / .refunded / .refund.updated,
 * refund.created / .updated / .failed. Each holds a snapshot of the object at that moment.
 *
 * NOT EMULATED: confirming a PaymentIntent over HTTP other than with a saved card (the browser does that with Stripe.js; a test
 * calls `requireAction` / `process` / `succeed` / `fail` instead; a failed 3-D Secure challenge is `fail` on
 * an intent in requires_action), manual capture,
 * Connect accounts, per-currency minimum amounts, API-version-specific
 * rendering, search endpoints, and webhook endpoints registered over the API (a test delivers events
 * itself with `deliver` / `signedPayload`, or listens with `onEvent`). Error messages are written for
 * this server; codes follow Stripe's where Stripe has one, but do not branch on a message.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import Stripe from 'stripe';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** What a new refund does: succeed at once, stay pending until `settleRefund`, or fail right after creation. */
export type RefundOutcome = 'succeeded' | 'pending' | 'failed';

/**
 * An injected failure for `failNext`:
 * - an HTTP status (500, 503, 429, 409…): answered with a Stripe-shaped error, nothing executed; a 500 is
 *   saved under the request's idempotency key and replayed to every retry with that key, as at Stripe;
 * - 'executed-500': the request IS executed, but answered (and saved) as a 500: the caller cannot tell
 *   whether the object exists;
 * - 'network': the connection is dropped before anything is executed;
 * - 'lost-response': the request IS executed (and its idempotent result saved), then the connection is
 *   dropped before the answer, which is the case that makes idempotency keys necessary;
 * - 'hang': never answered (the SDK's `timeout` fires); the socket is closed by `close()`.
 */
export type Fault = number | 'executed-500' | 'network' | 'lost-response' | 'hang';

/** One request as the server received it. */
export interface RequestRecord {
  method: string;
  /** Path without the query string, e.g. `/v1/payment_intents/pi_123`. */
  path: string;
  query: string;
  idempotencyKey: string | null;
  stripeVersion: string | null;
  /** The decoded form body (POST) or query (GET), nested as Stripe reads it. */
  params: Record<string, unknown>;
  requestId: string;
  /** The status sent, or null when no answer was sent (network, lost-response, hang). */
  status: number | null;
  /** True when the answer was an idempotent replay of an earlier one. */
  replayed: boolean;
  fault: Fault | null;
  /** Milliseconds from the request's arrival to its answer (this server's own cost), or null. */
  answeredMs: number | null;
}

export interface StripeServerOptions {
  /** The only API key accepted. Default: a random `sk_test_…`. */
  secretKey?: string;
  /** Default secret for `deliver` / `signedPayload`. Default: a random `whsec_…`. */
  webhookSecret?: string;
  /** `api_version` written on events. Default: the installed SDK's pinned version. */
  apiVersion?: string;
  /** Default 'succeeded'. Can be changed later through the `refundOutcome` property. */
  refundOutcome?: RefundOutcome;
  /** Delay before each request is executed, to widen race windows. Default 0. */
  latencyMs?: number;
  /** Clock for `created` timestamps, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /**
   * Called for every event the server creates, in order, just after the change that caused it (so a
   * webhook may reach the app before the API response does, as with Stripe). Errors it throws or
   * rejects with are kept in `listenerErrors`.
   */
  onEvent?: (event: Stripe.Event) => unknown;
}

export interface SignOptions {
  /** Webhook signing secret. Default: the server's `webhookSecret`. */
  secret?: string;
  /** Signature timestamp in seconds. Default: now (real time, as `constructEvent` checks against). */
  timestamp?: number;
  /**
   * Change the payload AFTER signing, so verification must fail. `true` raises `data.object.amount`
   * by 100 (or adds a field when there is no amount); a function gets the signed payload and returns
   * the one to send.
   */
  tamper?: boolean | ((payload: string) => string);
}

export interface SignedWebhook {
  /** The exact bytes to send: the event as pretty-printed JSON, like Stripe sends it. */
  payload: string;
  /** The `Stripe-Signature` header value. */
  header: string;
  /** Ready to pass to `fetch` or `app.inject`. */
  headers: Record<string, string>;
}

export interface DeliverOptions extends SignOptions {
  /** How many times to send the event (each with a fresh signature). Default 1. */
  times?: number;
  /** Send all `times` at once instead of one after another. */
  parallel?: boolean;
  /** Send without a `Stripe-Signature` header. */
  omitSignature?: boolean;
}

export interface Delivery {
  status: number;
  body: string;
}

/** Sign an event the way Stripe does, with the SDK's own `generateTestHeaderString`. */
export function signWebhook(
  event: Stripe.Event | string,
  secret: string,
  options: Omit<SignOptions, 'secret'> = {},
): SignedWebhook {
  const signed = typeof event === 'string' ? event : JSON.stringify(event, null, 2);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const header = Stripe.webhooks.generateTestHeaderString({ payload: signed, secret, timestamp });
  let payload = signed;
  if (typeof options.tamper === 'function') payload = options.tamper(signed);
  else if (options.tamper) payload = tamperWith(signed);
  return {
    payload,
    header,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'stripe-signature': header,
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
    },
  };
}

/** Start a server on 127.0.0.1 with a free port. Call `close()` when done. */
export async function startStripeServer(options: StripeServerOptions = {}): Promise<StripeServer> {
  const server = new StripeServer(options);
  await server.listen();
  return server;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

interface StripeErrorBody {
  type: 'invalid_request_error' | 'api_error' | 'idempotency_error' | 'card_error';
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
  payment_intent?: Stripe.PaymentIntent;
}

/** A Stripe error answer. `saved` says whether an idempotency key keeps it for replay. */
class ApiError extends Error {
  readonly body: StripeErrorBody;
  constructor(
    readonly status: number,
    body: StripeErrorBody,
    readonly saved = true,
  ) {
    super(body.message);
    this.body = body.code
      ? { ...body, doc_url: `https://stripe.com/docs/error-codes/${body.code.replaceAll('_', '-')}` }
      : body;
  }
}

function invalidRequest(
  message: string,
  extra: Partial<StripeErrorBody> & { status?: number; saved?: boolean } = {},
): ApiError {
  const { status = 400, saved = true, ...body } = extra;
  return new ApiError(status, { type: 'invalid_request_error', message, ...body }, saved);
}

/** A malformed parameter: refused before the endpoint runs, so never saved for idempotent replay. */
function badParam(param: string, message: string, code?: string): ApiError {
  return invalidRequest(message, { param, saved: false, ...(code ? { code } : {}) });
}

// ---------------------------------------------------------------------------------------------
// Form decoding and parameter reading
// ---------------------------------------------------------------------------------------------

type Form = { [key: string]: FormValue };
type FormValue = string | Form;

/** Own property even for "__proto__", so a crafted key cannot reach a prototype. */
function setOwn<V>(target: Record<string, V>, key: string, value: V) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `a[b][0]=x&a[c]=y` → `{ a: { b: { 0: 'x' }, c: 'y' } }`, the shape Stripe's v1 API reads. Arrays stay index-keyed objects. */
function decodeForm(text: string): Form {
  const root: Form = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    if (!match) throw badParam(rawKey, `Invalid parameter name: ${rawKey}`);
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    let node = root;
    for (let i = 0; i < path.length - 1; i++) {
      let segment = path[i]!;
      if (segment === '') segment = String(Object.keys(node).length);
      const next = Object.hasOwn(node, segment) ? node[segment] : undefined;
      if (next === undefined || typeof next === 'string') {
        const child: Form = {};
        setOwn(node, segment, child);
        node = child;
      } else node = next;
    }
    let last = path[path.length - 1]!;
    if (last === '') last = String(Object.keys(node).length);
    setOwn(node, last, value);
  }
  return root;
}

/** JSON with sorted keys: two requests carry the same parameters when this is equal. */
function canonical(value: unknown): string {
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Reads one level of a decoded form. Every accessor marks its key as understood; `done()` then
 * refuses whatever was sent but not read, as Stripe refuses unknown parameters.
 */
class Params {
  private readonly read = new Set<string>();
  constructor(
    private readonly form: Form,
    private readonly prefix = '',
  ) {}

  name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.form, key);
  }

  /** Whether `key` was sent as a hash (`key[x]=…`) rather than a single value. */
  isHash(key: string): boolean {
    return this.has(key) && typeof this.form[key] !== 'string';
  }

  private take(key: string): FormValue | undefined {
    this.read.add(key);
    return Object.hasOwn(this.form, key) ? this.form[key] : undefined;
  }

  /** A string; `''` is returned as is (Stripe's way of unsetting a field). */
  string(key: string, options: { required?: boolean; maxLength?: number } = {}): string | undefined {
    const value = this.take(key);
    if (value === undefined || (options.required && value === '')) {
      if (options.required)
        throw badParam(this.name(key), `Missing required param: ${this.name(key)}.`, 'parameter_missing');
      return undefined;
    }
    if (typeof value !== 'string')
      throw badParam(this.name(key), `Invalid string: ${this.name(key)} must be a string, not a hash.`);
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      throw badParam(this.name(key), `Invalid ${this.name(key)}: must be at most ${options.maxLength} characters.`);
    }
    return value;
  }

  integer(key: string, options: { required?: boolean; min?: number; max?: number } = {}): number | undefined {
    const value = this.string(key, { required: options.required });
    if (value === undefined) return undefined;
    if (!/^-?\d+$/.test(value))
      throw badParam(this.name(key), `Invalid integer: ${value}`, 'parameter_invalid_integer');
    const number = Number(value);
    if (options.min !== undefined && number < options.min) {
      throw badParam(
        this.name(key),
        `Invalid ${this.name(key)}: must be at least ${options.min}.`,
        'parameter_invalid_integer',
      );
    }
    if (options.max !== undefined && number > options.max) {
      throw badParam(
        this.name(key),
        `Invalid ${this.name(key)}: must be at most ${options.max}.`,
        'parameter_invalid_integer',
      );
    }
    return number;
  }

  boolean(key: string, options: { required?: boolean } = {}): boolean | undefined {
    const value = this.string(key, options);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw badParam(this.name(key), `Invalid boolean: ${value}`);
    return value === 'true';
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], note = ''): T | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      throw badParam(this.name(key), `Invalid ${this.name(key)}: must be one of ${allowed.join(', ')}${note}`);
    }
    return value as T;
  }

  /** A nested hash such as `automatic_payment_methods[enabled]`; call `done()` on it too. */
  nested(key: string): Params | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (typeof value === 'string') throw badParam(this.name(key), `Invalid object: ${this.name(key)} must be a hash.`);
    return new Params(value, this.name(key));
  }

  /** An array sent as `key[0]=a&key[1]=b`. */
  list(key: string): string[] | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (value === '') return [];
    if (typeof value === 'string') throw badParam(this.name(key), `Invalid array: ${this.name(key)} must be an array.`);
    return Object.entries(value).map(([index, item]) => {
      if (typeof item !== 'string')
        throw badParam(`${this.name(key)}[${index}]`, 'Invalid array item: must be a string.');
      return item;
    });
  }

  /** Metadata: a hash of strings, `null` when sent as `metadata=` (unset all). A `''` value deletes that key on update. */
  metadata(key = 'metadata'): Record<string, string> | null | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (value === '') return null;
    if (typeof value === 'string') throw badParam(this.name(key), `Invalid object: ${this.name(key)} must be a hash.`);
    const entries = Object.entries(value);
    if (entries.length > 50) throw badParam(this.name(key), 'Invalid metadata: at most 50 keys.');
    for (const [name, item] of entries) {
      if (typeof item !== 'string')
        throw badParam(`${this.name(key)}[${name}]`, 'Invalid metadata value: must be a string.');
      if (name.length > 40)
        throw badParam(`${this.name(key)}[${name}]`, 'Invalid metadata key: at most 40 characters.');
      if (item.length > 500)
        throw badParam(`${this.name(key)}[${name}]`, 'Invalid metadata value: at most 500 characters.');
    }
    return Object.fromEntries(entries as [string, string][]);
  }

  /** `expand[]`, limited to the fields this server can expand. */
  expand(allowed: readonly string[]): string[] {
    const fields = this.list('expand') ?? [];
    for (const field of fields) {
      if (!allowed.includes(field)) {
        throw badParam(
          'expand',
          `This property cannot be expanded (${field}). The local Stripe server expands only: ${allowed.join(', ') || 'nothing here'}.`,
        );
      }
    }
    return fields;
  }

  /** Refuse any parameter that was sent but not read. */
  done(): void {
    for (const key of Object.keys(this.form)) {
      if (!this.read.has(key)) {
        throw badParam(
          this.name(key),
          `Received unknown parameter: ${this.name(key)}. (The local Stripe server in test/support/stripe-server.ts does not emulate it.)`,
          'parameter_unknown',
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomToken(length: number): string {
  let out = '';
  for (const byte of randomBytes(length)) out += BASE62[byte % 62];
  return out;
}

const newId = (prefix: string, length = 24) => `${prefix}_${randomToken(length)}`;

const ZERO_DECIMAL = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

/** For messages only: 1050 sek → "SEK 10.50". */
function formatAmount(amount: number, currency: string): string {
  const value = ZERO_DECIMAL.has(currency) ? String(amount) : (amount / 100).toFixed(2);
  return `${currency.toUpperCase()} ${value}`;
}

function tamperWith(payload: string): string {
  const event = JSON.parse(payload) as { data?: { object?: Record<string, unknown> } };
  const object = event.data?.object;
  if (object && typeof object.amount === 'number') object.amount += 100;
  else if (object) object.tampered = true;
  else return `${payload} `;
  return JSON.stringify(event, null, 2);
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

/** `GET /v1/payment_intents/*` style route for `failNext`: optional method, `*` is one path segment. */
function routeMatcher(route: string): { method: string | null; pattern: RegExp } {
  const parts = route.trim().split(/\s+/);
  const [method, path] = parts.length === 2 ? [parts[0]!.toUpperCase(), parts[1]!] : [null, parts[0]!];
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]+');
  return { method, pattern: new RegExp(`^${escaped}$`) };
}

// Stripe lists 'processing' as cancellable only "in rare cases" (not for cards): a card payment that
// is processing will be captured or fail, whatever the caller wants.
const CANCELLABLE = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action'];
const UNPAID = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

interface Answer {
  status: number;
  body: unknown;
  /** Work done right after the answer is sent (a refund that fails after it was accepted). */
  after?: () => void;
}

interface Saved {
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  payload: string;
  requestId: string;
}

interface FaultRule {
  route: string;
  method: string | null;
  pattern: RegExp;
  fault: Fault;
  remaining: number;
}

type Route = [method: string, pattern: RegExp, handler: (params: Params, id: string) => Answer];

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

export class StripeServer {
  readonly host = '127.0.0.1';
  readonly secretKey: string;
  readonly webhookSecret: string;
  readonly apiVersion: string;
  /** What the next refunds do; change it at any time. */
  refundOutcome: RefundOutcome;
  /** Delay before each request is executed; change it at any time. */
  latencyMs: number;
  onEvent: StripeServerOptions['onEvent'];
  /** Every request received, oldest first. */
  readonly requests: RequestRecord[] = [];
  /** Errors thrown or rejected by `onEvent`. */
  readonly listenerErrors: unknown[] = [];

  private readonly now: () => number;
  private readonly http: http.Server;
  private readonly sockets = new Set<Socket>();
  private boundPort = 0;
  private closing: Promise<void> | null = null;

  private readonly intents = new Map<string, Stripe.PaymentIntent>();
  private readonly charges = new Map<string, Stripe.Charge>();
  private readonly refundsById = new Map<string, Stripe.Refund>();
  private readonly eventList: Stripe.Event[] = [];
  private readonly customers = new Map<string, Stripe.Customer | Stripe.DeletedCustomer>();
  private readonly setupIntents = new Map<string, Stripe.SetupIntent>();
  private readonly paymentMethods = new Map<string, Stripe.PaymentMethod>();
  private readonly saved = new Map<string, Saved>();
  private readonly inFlight = new Set<string>();
  private faults: FaultRule[] = [];
  /** The API request being executed, written on the events it causes. Execution is synchronous, so one at a time. */
  private currentRequest: { id: string; idempotency_key: string | null } | null = null;

  private readonly routes: Route[] = [
    ['POST', /^\/v1\/payment_intents$/, (p) => this.createPaymentIntent(p)],
    ['GET', /^\/v1\/payment_intents$/, (p) => this.listPaymentIntents(p)],
    ['GET', /^\/v1\/payment_intents\/([^/]+)$/, (p, id) => this.retrievePaymentIntent(p, id)],
    ['POST', /^\/v1\/payment_intents\/([^/]+)$/, (p, id) => this.updatePaymentIntent(p, id)],
    ['POST', /^\/v1\/payment_intents\/([^/]+)\/cancel$/, (p, id) => this.cancelPaymentIntent(p, id)],
    ['POST', /^\/v1\/refunds$/, (p) => this.createRefund(p)],
    ['GET', /^\/v1\/refunds$/, (p) => this.listRefunds(p)],
    ['GET', /^\/v1\/refunds\/([^/]+)$/, (p, id) => this.retrieveRefund(p, id)],
    ['GET', /^\/v1\/charges\/([^/]+)$/, (p, id) => this.retrieveCharge(p, id)],
    ['GET', /^\/v1\/events$/, (p) => this.listEvents(p)],
    ['GET', /^\/v1\/events\/([^/]+)$/, (p, id) => this.retrieveEvent(p, id)],
    // Saved cards: customers, setup intents, payment methods.
    ['POST', /^\/v1\/customers$/, (p) => this.createCustomer(p)],
    ['GET', /^\/v1\/customers\/([^/]+)$/, (p, id) => this.retrieveCustomer(p, id)],
    ['POST', /^\/v1\/customers\/([^/]+)$/, (p, id) => this.updateCustomer(p, id)],
    ['GET', /^\/v1\/customers\/([^/]+)\/payment_methods$/, (p, id) => this.listCustomerPaymentMethods(p, id)],
    ['POST', /^\/v1\/setup_intents$/, (p) => this.createSetupIntent(p)],
    ['GET', /^\/v1\/setup_intents\/([^/]+)$/, (p, id) => this.retrieveSetupIntent(p, id)],
    ['GET', /^\/v1\/payment_methods\/([^/]+)$/, (p, id) => this.retrievePaymentMethod(p, id)],
    ['POST', /^\/v1\/payment_methods\/([^/]+)\/detach$/, (p, id) => this.detachPaymentMethod(p, id)],
  ];

  constructor(options: StripeServerOptions = {}) {
    this.secretKey = options.secretKey ?? `sk_test_${randomToken(24)}`;
    this.webhookSecret = options.webhookSecret ?? `whsec_${randomToken(32)}`;
    this.apiVersion = options.apiVersion ?? Stripe.API_VERSION;
    this.refundOutcome = options.refundOutcome ?? 'succeeded';
    this.latencyMs = options.latencyMs ?? 0;
    this.now = options.now ?? Date.now;
    this.onEvent = options.onEvent;
    this.http = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        // A bug in this server, not a Stripe answer: make it loud in the test output.
        if (!res.headersSent && !res.destroyed) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`local Stripe server crashed: ${error instanceof Error ? error.stack : String(error)}`);
        }
      });
    });
    this.http.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** @internal Use `startStripeServer`. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, this.host, () => {
        this.http.off('error', reject);
        resolve();
      });
    });
    this.boundPort = (this.http.address() as AddressInfo).port;
  }

  get port(): number {
    return this.boundPort;
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    return `http://${this.host}:${this.port}`;
  }

  /** Stop listening and drop every connection, including keep-alive and hung ones. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      this.http.closeAllConnections();
      for (const socket of this.sockets) socket.destroy();
    });
    return this.closing;
  }

  /** Forget all objects, events, saved idempotent answers, faults and the request log. Settings (keys, refundOutcome, latencyMs, onEvent) stay. */
  reset(): void {
    this.intents.clear();
    this.charges.clear();
    this.refundsById.clear();
    this.customers.clear();
    this.setupIntents.clear();
    this.paymentMethods.clear();
    this.declinedCards.clear();
    this.eventList.length = 0;
    this.saved.clear();
    this.faults = [];
    this.requests.length = 0;
    this.listenerErrors.length = 0;
  }

  // -------------------------------------------------------------------------------------------
  // Reading state (copies: changing them changes nothing on the server)
  // -------------------------------------------------------------------------------------------

  paymentIntent(id: string): Stripe.PaymentIntent {
    return copy(this.mustGet(this.intents, id, 'PaymentIntent'));
  }

  charge(id: string): Stripe.Charge {
    return copy(this.mustGet(this.charges, id, 'Charge'));
  }

  refund(id: string): Stripe.Refund {
    return copy(this.mustGet(this.refundsById, id, 'Refund'));
  }

  /** All PaymentIntents, oldest first. */
  paymentIntents(): Stripe.PaymentIntent[] {
    return copy([...this.intents.values()]);
  }

  /** Refunds, oldest first, optionally only those of one PaymentIntent. */
  refunds(filter: { paymentIntent?: string } = {}): Stripe.Refund[] {
    return copy(
      [...this.refundsById.values()].filter((r) => !filter.paymentIntent || r.payment_intent === filter.paymentIntent),
    );
  }

  /** Events, oldest first, optionally of one type and/or about one object id. */
  events(filter: { type?: string; objectId?: string } = {}): Stripe.Event[] {
    return copy(
      this.eventList.filter(
        (e) =>
          (!filter.type || e.type === filter.type) &&
          (!filter.objectId || (e.data.object as { id?: string }).id === filter.objectId),
      ),
    );
  }

  /** The newest event of a type (about one object, if given). */
  lastEvent(type: string, objectId?: string): Stripe.Event | undefined {
    return this.events({ type, objectId }).at(-1);
  }

  // -------------------------------------------------------------------------------------------
  // Test controls: what the customer, the card network or Stripe do outside the API
  // -------------------------------------------------------------------------------------------

  /**
   * The customer's bank asks for strong customer authentication (3-D Secure): status 'requires_action'
   * with a `next_action`, event payment_intent.requires_action. Then `succeed` (challenge passed, or
   * `process` first) or `fail` (challenge failed: payment_intent_authentication_failure by default).
   */
  requireAction(paymentIntentId: string): Stripe.PaymentIntent {
    const intent = this.mustGet(this.intents, paymentIntentId, 'PaymentIntent');
    if (!UNPAID.includes(intent.status))
      throw new Error(`requireAction(${paymentIntentId}): status ${intent.status} cannot require an action`);
    intent.status = 'requires_action';
    intent.payment_method = newId('pm');
    intent.next_action = {
      type: 'use_stripe_sdk',
      use_stripe_sdk: { type: 'three_d_secure_redirect', stripe_js: `https://hooks.stripe.com/3d_secure_2/hosted` },
    } as Stripe.PaymentIntent.NextAction;
    this.emit('payment_intent.requires_action', intent);
    return copy(intent);
  }

  /** The payment was submitted and is under way (the challenge passed): status 'processing', event payment_intent.processing. It cannot be canceled now. */
  process(paymentIntentId: string): Stripe.PaymentIntent {
    const intent = this.mustGet(this.intents, paymentIntentId, 'PaymentIntent');
    if (!UNPAID.includes(intent.status))
      throw new Error(`process(${paymentIntentId}): status ${intent.status} cannot start processing`);
    intent.status = 'processing';
    intent.next_action = null;
    intent.payment_method ??= newId('pm');
    this.emit('payment_intent.processing', intent);
    return copy(intent);
  }

  /** Forget every saved idempotent answer, as Stripe does after about 24 hours: a retry with an old key runs afresh. */
  expireIdempotencyKeys(): void {
    this.saved.clear();
  }

  /** The customer paid: status 'succeeded', a new succeeded charge, events charge.succeeded and payment_intent.succeeded. */
  succeed(paymentIntentId: string): Stripe.PaymentIntent {
    const intent = this.mustGet(this.intents, paymentIntentId, 'PaymentIntent');
    if (!UNPAID.includes(intent.status) && intent.status !== 'processing') {
      throw new Error(`succeed(${paymentIntentId}): a PaymentIntent in status ${intent.status} cannot succeed`);
    }
    const charge = this.newCharge(intent, 'succeeded');
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    intent.latest_charge = charge.id;
    intent.payment_method = charge.payment_method;
    intent.last_payment_error = null;
    intent.next_action = null;
    this.emit('charge.succeeded', charge);
    this.emit('payment_intent.succeeded', intent);
    return copy(intent);
  }

  /**
   * A payment attempt failed (declined card by default): a failed charge, status back to
   * 'requires_payment_method' with `last_payment_error`, events charge.failed and payment_intent.payment_failed.
   * The intent can still succeed afterwards, as when the customer tries another card.
   */
  fail(
    paymentIntentId: string,
    error: { code?: string; message?: string; declineCode?: string } = {},
  ): Stripe.PaymentIntent {
    const intent = this.mustGet(this.intents, paymentIntentId, 'PaymentIntent');
    if (!UNPAID.includes(intent.status) && intent.status !== 'processing') {
      throw new Error(`fail(${paymentIntentId}): a PaymentIntent in status ${intent.status} cannot fail`);
    }
    // A customer who fails the bank's challenge: Stripe's code for that.
    const code =
      error.code ?? (intent.status === 'requires_action' ? 'payment_intent_authentication_failure' : 'card_declined');
    const message = error.message ?? 'Your card was declined.';
    const declineCode = error.declineCode ?? (code === 'card_declined' ? 'generic_decline' : undefined);
    const charge = this.newCharge(intent, 'failed', { code, message });
    intent.status = 'requires_payment_method';
    intent.latest_charge = charge.id;
    intent.payment_method = null;
    intent.next_action = null;
    intent.last_payment_error = {
      type: 'card_error',
      code,
      message,
      charge: charge.id,
      doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}`,
      ...(declineCode ? { decline_code: declineCode } : {}),
    };
    this.emit('charge.failed', charge);
    this.emit('payment_intent.payment_failed', intent);
    return copy(intent);
  }

  /** Cancel as Stripe would (e.g. an automatic expiry): same rules and event as the cancel endpoint. */
  cancel(paymentIntentId: string, reason: Stripe.PaymentIntent.CancellationReason = 'abandoned'): Stripe.PaymentIntent {
    const intent = this.mustGet(this.intents, paymentIntentId, 'PaymentIntent');
    if (!CANCELLABLE.includes(intent.status))
      throw new Error(`cancel(${paymentIntentId}): status ${intent.status} cannot be canceled`);
    this.applyCancel(intent, reason);
    return copy(intent);
  }

  /**
   * Settle a pending refund. 'failed' gives the money back to the charge (so it can be refunded
   * again) and sets `failure_reason`. Events: refund.updated, charge.refund.updated, and refund.failed.
   */
  settleRefund(refundId: string, outcome: 'succeeded' | 'failed', failureReason = 'declined'): Stripe.Refund {
    const refund = this.mustGet(this.refundsById, refundId, 'Refund');
    if (refund.status !== 'pending')
      throw new Error(`settleRefund(${refundId}): the refund is ${refund.status}, not pending`);
    refund.status = outcome;
    delete refund.pending_reason;
    if (outcome === 'failed') {
      refund.failure_reason = failureReason;
      refund.failure_balance_transaction = newId('txn');
      const charge = this.mustGet(this.charges, refund.charge as string, 'Charge');
      charge.amount_refunded -= refund.amount;
      charge.refunded = charge.amount_refunded === charge.amount;
    }
    this.emit('refund.updated', refund, { status: 'pending' });
    this.emit('charge.refund.updated', refund, { status: 'pending' });
    if (outcome === 'failed') this.emit('refund.failed', refund);
    return copy(refund);
  }

  /**
   * Make the next `times` requests matching `route` fail with `fault`. A route is a path, optionally
   * preceded by a method, where `*` stands for one segment: 'POST /v1/refunds',
   * 'GET /v1/payment_intents/*', '/v1/events'. Rules are used in the order they were added.
   *
   * Mind the SDK's own retries: with `maxNetworkRetries: n` it retries 5xx, 409 and dropped
   * connections up to n times (≥ 0.5 s apart), and it retries a dropped connection ONCE EVEN WITH
   * `maxNetworkRetries: 0`. So to see a 'network' failure reach the caller, use times ≥ n + 1
   * (and ≥ 2 when n is 0).
   */
  failNext(route: string, fault: Fault = 500, times = 1): void {
    this.faults.push({ route, ...routeMatcher(route), fault, remaining: times });
  }

  /** Drop all pending `failNext` rules. */
  clearFaults(): void {
    this.faults = [];
  }

  /**
   * Build and store an Event (retrievable over the API), as Stripe would send it: id evt_…, type,
   * data.object (a snapshot of `object`), created, api_version, livemode false. Use it for events
   * the server does not generate itself, or for hand-crafted variants.
   */
  event(type: string, object: object, options: { previousAttributes?: Record<string, unknown> } = {}): Stripe.Event {
    return copy(this.emit(type, object, options.previousAttributes));
  }

  // -------------------------------------------------------------------------------------------
  // Webhooks
  // -------------------------------------------------------------------------------------------

  /** The payload and `Stripe-Signature` header for an event, e.g. to send through `app.inject`. */
  signedPayload(event: Stripe.Event | string, options: SignOptions = {}): SignedWebhook {
    return signWebhook(event, options.secret ?? this.webhookSecret, options);
  }

  /** POST an event to a URL like Stripe's webhook sender, signed with the SDK's helper. Returns each answer. */
  async deliver(event: Stripe.Event | string, url: string, options: DeliverOptions = {}): Promise<Delivery[]> {
    const send = async (): Promise<Delivery> => {
      const signed = this.signedPayload(event, options);
      const headers = { ...signed.headers };
      if (options.omitSignature) delete headers['stripe-signature'];
      const response = await fetch(url, { method: 'POST', headers, body: signed.payload });
      return { status: response.status, body: await response.text() };
    };
    const times = options.times ?? 1;
    if (options.parallel) return Promise.all(Array.from({ length: times }, send));
    const deliveries: Delivery[] = [];
    for (let i = 0; i < times; i++) deliveries.push(await send());
    return deliveries;
  }

  // -------------------------------------------------------------------------------------------
  // HTTP plumbing: auth, faults, idempotency, routing
  // -------------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const arrived = performance.now();
    const url = new URL(req.url ?? '/', 'http://stripe.local');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const requestId = newId('req', 14);
    const idempotencyKey = method === 'POST' ? headerValue(req, 'idempotency-key') : null;
    const stripeVersion = headerValue(req, 'stripe-version');
    const body = await readBody(req);
    const record: RequestRecord = {
      method,
      path,
      query: url.search.replace(/^\?/, ''),
      idempotencyKey,
      stripeVersion,
      params: {},
      requestId,
      status: null,
      replayed: false,
      fault: null,
      answeredMs: null,
    };
    this.requests.push(record);

    const send = (status: number, payload: string, extra: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, {
        'content-type': 'application/json',
        'request-id': requestId,
        'stripe-version': stripeVersion ?? this.apiVersion,
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        ...extra,
      });
      res.end(payload);
      record.answeredMs = performance.now() - arrived;
    };
    const sendError = (error: ApiError) => send(error.status, JSON.stringify({ error: error.body }, null, 2));

    const authError = this.authenticate(req.headers.authorization);
    if (authError) return sendError(authError);

    let params: Form;
    try {
      const contentType = String(req.headers['content-type'] ?? '');
      if (body !== '' && !contentType.startsWith('application/x-www-form-urlencoded')) {
        throw invalidRequest('Stripe v1 endpoints take application/x-www-form-urlencoded bodies.', { saved: false });
      }
      params = decodeForm(method === 'POST' ? body : record.query);
    } catch (error) {
      if (error instanceof ApiError) return sendError(error);
      throw error;
    }
    record.params = JSON.parse(JSON.stringify(params)) as Record<string, unknown>;

    const fault = this.takeFault(method, path);
    record.fault = fault;
    if (fault === 'network') {
      res.socket?.destroy();
      return;
    }
    if (fault === 'hang') return;
    const fingerprint = canonical(params);
    if (typeof fault === 'number') {
      const error = faultError(fault);
      // Stripe keeps a server error under the key (unless the key is already taken: then the replay wins).
      if (fault === 500 && idempotencyKey && !this.saved.has(idempotencyKey) && !this.inFlight.has(idempotencyKey)) {
        const payload = JSON.stringify({ error: error.body }, null, 2);
        this.saved.set(idempotencyKey, { method, path, fingerprint, status: 500, payload, requestId });
        return send(500, payload, { 'stripe-should-retry': 'false' });
      }
      return sendError(error);
    }

    if (idempotencyKey) {
      const earlier = this.saved.get(idempotencyKey);
      if (earlier) {
        const conflict = idempotencyConflict(earlier, method, path, fingerprint, idempotencyKey);
        if (conflict) return sendError(conflict);
        record.replayed = true;
        if (fault === 'lost-response') {
          res.socket?.destroy();
          return;
        }
        return send(earlier.status, earlier.payload, {
          'idempotent-replayed': 'true',
          'original-request': earlier.requestId,
          ...(earlier.status >= 500 ? { 'stripe-should-retry': 'false' } : {}),
        });
      }
      if (this.inFlight.has(idempotencyKey)) {
        return sendError(
          invalidRequest(
            `There is currently another in-progress request using this idempotency key (${idempotencyKey}). Try again later.`,
            { status: 409, code: 'idempotency_key_in_use', saved: false },
          ),
        );
      }
      this.inFlight.add(idempotencyKey);
    }

    let answer: Answer;
    let payload: string;
    try {
      // The only await between the idempotency check and saving the result: a request with the same
      // key arriving meanwhile sees the key in flight.
      if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      let saveIt = true;
      this.currentRequest = { id: requestId, idempotency_key: idempotencyKey };
      try {
        answer = this.execute(method, path, params);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        answer = { status: error.status, body: { error: error.body } };
        saveIt = error.saved;
      } finally {
        this.currentRequest = null;
      }
      if (fault === 'executed-500') {
        // The work is done, but what the caller (and every retry with the key) hears is a server error.
        answer = { status: 500, body: { error: faultError(500).body } };
        saveIt = true;
      }
      payload = JSON.stringify(answer.body, null, 2);
      if (idempotencyKey && saveIt) {
        this.saved.set(idempotencyKey, { method, path, fingerprint, status: answer.status, payload, requestId });
      }
    } finally {
      if (idempotencyKey) this.inFlight.delete(idempotencyKey);
    }
    if (fault === 'lost-response') res.socket?.destroy();
    else send(answer.status, payload, answer.status >= 500 ? { 'stripe-should-retry': 'false' } : {});
    answer.after?.();
  }

  private authenticate(authorization: string | undefined): ApiError | null {
    if (!authorization) {
      return new ApiError(401, {
        type: 'invalid_request_error',
        message:
          "You did not provide an API key. Send it in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      });
    }
    let key = '';
    if (/^bearer /i.test(authorization)) key = authorization.slice(7).trim();
    else if (/^basic /i.test(authorization))
      key = Buffer.from(authorization.slice(6), 'base64').toString().split(':')[0] ?? '';
    if (key === this.secretKey) return null;
    const masked = key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(key.length - 12)}${key.slice(-4)}` : '****';
    return new ApiError(401, { type: 'invalid_request_error', message: `Invalid API Key provided: ${masked}` });
  }

  private takeFault(method: string, path: string): Fault | null {
    const rule = this.faults.find(
      (f) => f.remaining > 0 && (f.method === null || f.method === method) && f.pattern.test(path),
    );
    if (!rule) return null;
    rule.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    return rule.fault;
  }

  private execute(method: string, path: string, form: Form): Answer {
    for (const [routeMethod, pattern, handler] of this.routes) {
      const match = pattern.exec(path);
      if (match && routeMethod === method) {
        const params = new Params(form);
        return handler(params, decodeURIComponent(match[1] ?? ''));
      }
    }
    throw invalidRequest(
      `Unrecognized request URL (${method}: ${path}). The local Stripe server in test/support/stripe-server.ts does not emulate this endpoint.`,
      { status: 404, saved: false },
    );
  }

  // -------------------------------------------------------------------------------------------
  // PaymentIntents
  // -------------------------------------------------------------------------------------------

  private createPaymentIntent(p: Params): Answer {
    const amount = amountParam(p, true)!;
    const currency = currencyParam(p, true)!;
    const metadata = p.metadata() ?? {};
    const description = p.string('description', { maxLength: 1000 }) || null;
    const receiptEmail = emailParam(p);
    const statementDescriptor = p.string('statement_descriptor', { maxLength: 22 }) || null;
    const statementDescriptorSuffix = p.string('statement_descriptor_suffix', { maxLength: 22 }) || null;
    const captureMethod =
      p.oneOf('capture_method', ['automatic', 'automatic_async'] as const, ' (manual capture is not emulated)') ??
      'automatic_async';
    const automatic = p.nested('automatic_payment_methods');
    let automaticPaymentMethods: Stripe.PaymentIntent.AutomaticPaymentMethods | null = null;
    if (automatic) {
      const enabled = automatic.boolean('enabled', { required: true })!;
      const allowRedirects = automatic.oneOf('allow_redirects', ['always', 'never'] as const);
      automatic.done();
      automaticPaymentMethods = { enabled, ...(allowRedirects ? { allow_redirects: allowRedirects } : {}) };
    }
    if (p.has('payment_method_types')) {
      throw badParam(
        'payment_method_types',
        "Received unknown parameter: payment_method_types. The SDK's pinned API version replaced it with allowed_payment_method_types.",
        'parameter_unknown',
      );
    }
    const allowedTypes = p.list('allowed_payment_method_types');
    // Stripe turns automatic payment methods on when no list of methods is given (API versions since 2023-08-16).
    if (!allowedTypes && !automaticPaymentMethods) automaticPaymentMethods = { enabled: true };
    const customerId = p.string('customer');
    const paymentMethodId = p.string('payment_method');
    const confirm = p.boolean('confirm') ?? false;
    const expand = p.expand(['latest_charge']);
    p.done();
    if (customerId) this.liveCustomer(customerId, 400);
    // As at Stripe: confirming at once with automatic payment methods needs a return_url, unless redirects are off.
    if (confirm && automaticPaymentMethods?.enabled && automaticPaymentMethods.allow_redirects !== 'never') {
      throw badParam(
        'return_url',
        'A return_url must be specified because this Payment Intent is configured to automatically accept the payment methods enabled in the Dashboard, some of which may require a full page redirect to succeed.',
      );
    }
    if (confirm) this.checkSavedCard(customerId, paymentMethodId);

    const id = newId('pi');
    const intent: Stripe.PaymentIntent = {
      id,
      object: 'payment_intent',
      allowed_payment_method_types: allowedTypes ?? null,
      amount,
      amount_capturable: 0,
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods: automaticPaymentMethods,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod,
      client_secret: `${id}_secret_${randomToken(25)}`,
      confirmation_method: 'automatic',
      created: this.seconds(),
      currency,
      customer: customerId ?? null,
      customer_account: null,
      description,
      excluded_payment_method_types: null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      managed_payments: null,
      metadata,
      next_action: null,
      on_behalf_of: null,
      payment_method: paymentMethodId ?? null,
      payment_method_configuration_details: null,
      payment_method_options: {},
      // What the intent may be paid with; Stripe narrows the allowed list to what is compatible, here taken as is.
      payment_method_types: allowedTypes && allowedTypes.length > 0 ? allowedTypes : ['card'],
      payment_record: null,
      processing: null,
      receipt_email: receiptEmail ?? null,
      review: null,
      setup_future_usage: null,
      shipping: null,
      source: null,
      statement_descriptor: statementDescriptor,
      statement_descriptor_suffix: statementDescriptorSuffix,
      status: 'requires_payment_method',
      transfer_data: null,
      transfer_group: null,
    };
    this.intents.set(id, intent);
    this.emit('payment_intent.created', intent);
    if (confirm) this.confirmWithSavedCard(intent);
    return { status: 200, body: this.renderIntent(intent, expand) };
  }

  private listPaymentIntents(p: Params): Answer {
    const created = createdFilter(p);
    const items = [...this.intents.values()].filter((intent) => created(intent.created)).reverse();
    return { status: 200, body: this.page(items, p, '/v1/payment_intents') };
  }

  private retrievePaymentIntent(p: Params, id: string): Answer {
    const expand = p.expand(['latest_charge']);
    p.string('client_secret'); // Stripe.js sends it; with a secret key it is accepted and not needed.
    p.done();
    return { status: 200, body: this.renderIntent(this.intentFromPath(id), expand) };
  }

  private updatePaymentIntent(p: Params, id: string): Answer {
    const intent = this.intentFromPath(id);
    const amount = amountParam(p, false);
    const currency = currencyParam(p, false);
    const metadata = p.metadata();
    const description = p.string('description', { maxLength: 1000 });
    const receiptEmail = emailParam(p);
    const expand = p.expand(['latest_charge']);
    p.done();
    if ((amount !== undefined || currency !== undefined) && !UNPAID.includes(intent.status)) {
      throw invalidRequest(
        `This PaymentIntent's amount and currency could not be updated because it has a status of ${intent.status}.`,
        { code: 'payment_intent_unexpected_state', payment_intent: copy(intent) },
      );
    }
    if (amount !== undefined) intent.amount = amount;
    if (currency !== undefined) intent.currency = currency;
    if (metadata === null) intent.metadata = {};
    else if (metadata) {
      for (const [key, value] of Object.entries(metadata)) {
        if (value === '') delete intent.metadata[key];
        else setOwn(intent.metadata, key, value);
      }
    }
    if (description !== undefined) intent.description = description || null;
    if (receiptEmail !== undefined) intent.receipt_email = receiptEmail;
    // Stripe has no payment_intent.updated event, so none is created here.
    return { status: 200, body: this.renderIntent(intent, expand) };
  }

  private cancelPaymentIntent(p: Params, id: string): Answer {
    const intent = this.intentFromPath(id);
    const reason = p.oneOf('cancellation_reason', [
      'duplicate',
      'fraudulent',
      'requested_by_customer',
      'abandoned',
    ] as const);
    const expand = p.expand(['latest_charge']);
    p.done();
    if (!CANCELLABLE.includes(intent.status)) {
      throw invalidRequest(
        `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of these statuses may be canceled: ${CANCELLABLE.join(', ')}.`,
        { code: 'payment_intent_unexpected_state', payment_intent: copy(intent) },
      );
    }
    this.applyCancel(intent, reason ?? null);
    return { status: 200, body: this.renderIntent(intent, expand) };
  }

  private applyCancel(intent: Stripe.PaymentIntent, reason: Stripe.PaymentIntent.CancellationReason | null) {
    intent.status = 'canceled';
    intent.canceled_at = this.seconds();
    intent.cancellation_reason = reason;
    this.emit('payment_intent.canceled', intent);
  }

  private renderIntent(intent: Stripe.PaymentIntent, expand: string[]): Stripe.PaymentIntent {
    const rendered = copy(intent);
    if (expand.includes('latest_charge') && typeof intent.latest_charge === 'string') {
      rendered.latest_charge = copy(this.mustGet(this.charges, intent.latest_charge, 'Charge'));
    }
    return rendered;
  }

  private intentFromPath(id: string): Stripe.PaymentIntent {
    const intent = this.intents.get(id);
    if (!intent) throw missing('payment_intent', id, 'intent', 404);
    return intent;
  }

  private newCharge(
    intent: Stripe.PaymentIntent,
    status: 'succeeded' | 'failed',
    failure?: { code: string; message: string },
  ): Stripe.Charge {
    const succeeded = status === 'succeeded';
    const charge: Stripe.Charge = {
      id: newId('ch'),
      object: 'charge',
      amount: intent.amount,
      amount_captured: succeeded ? intent.amount : 0,
      amount_refunded: 0,
      application: null,
      application_fee: null,
      application_fee_amount: null,
      balance_transaction: succeeded ? newId('txn') : null,
      billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
      calculated_statement_descriptor: 'SLOTWISE',
      captured: succeeded,
      created: this.seconds(),
      currency: intent.currency,
      customer: typeof intent.customer === 'string' ? intent.customer : null,
      description: intent.description,
      disputed: false,
      failure_balance_transaction: null,
      failure_code: failure?.code ?? null,
      failure_message: failure?.message ?? null,
      fraud_details: {},
      livemode: false,
      metadata: copy(intent.metadata),
      on_behalf_of: null,
      outcome: null,
      paid: succeeded,
      payment_intent: intent.id,
      payment_method: typeof intent.payment_method === 'string' ? intent.payment_method : newId('pm'),
      payment_method_details: null,
      receipt_email: intent.receipt_email,
      receipt_number: null,
      receipt_url: null,
      refunded: false,
      review: null,
      shipping: null,
      source: null,
      source_transfer: null,
      statement_descriptor: intent.statement_descriptor,
      statement_descriptor_suffix: intent.statement_descriptor_suffix,
      status,
      transfer_data: null,
      transfer_group: null,
    };
    this.charges.set(charge.id, charge);
    return charge;
  }

  // -------------------------------------------------------------------------------------------
  // Saved cards: Customers, SetupIntents, PaymentMethods
  //
  //   POST /v1/customers                          email, name, description, metadata
  //   GET  /v1/customers/:id                      a deleted customer answers { id, object, deleted: true }
  //   POST /v1/customers/:id                      invoice_settings[default_payment_method] ('' unsets), metadata
  //   GET  /v1/customers/:id/payment_methods      type, paging (newest first)
  //   POST /v1/setup_intents                      customer, allowed_payment_method_types, automatic_payment_methods,
  //                                               usage, description, metadata
  //   GET  /v1/setup_intents/:id                  client_secret (as Stripe.js sends it)
  //   GET  /v1/payment_methods/:id
  //   POST /v1/payment_methods/:id/detach         clears the customer's default when it was this one
  //   POST /v1/payment_intents with customer, payment_method and confirm=true: a saved card paid at once
  //                                               (or declined, see declineCard), as a server-side confirmation
  //
  // Test controls: confirmSetupIntent (the customer entered a card in the form), declineCard,
  // deleteCustomer (as from the Dashboard). Events: customer.created / .updated / .deleted,
  // setup_intent.created / .succeeded, payment_method.attached / .detached (with the old customer in
  // previous_attributes), and the PaymentIntent events of a confirmation.
  // -------------------------------------------------------------------------------------------

  /** PaymentMethods whose confirmations are declined (declineCard). */
  private readonly declinedCards = new Set<string>();

  customer(id: string): Stripe.Customer | Stripe.DeletedCustomer {
    return copy(this.mustGet(this.customers, id, 'Customer'));
  }

  /** All Customers, oldest first (deleted ones too). */
  allCustomers(): (Stripe.Customer | Stripe.DeletedCustomer)[] {
    return copy([...this.customers.values()]);
  }

  setupIntent(id: string): Stripe.SetupIntent {
    return copy(this.mustGet(this.setupIntents, id, 'SetupIntent'));
  }

  paymentMethod(id: string): Stripe.PaymentMethod {
    return copy(this.mustGet(this.paymentMethods, id, 'PaymentMethod'));
  }

  /**
   * The customer entered a card in the form and Stripe.js confirmed the SetupIntent: a new card
   * PaymentMethod attached to the intent's customer, status 'succeeded'. Events, in Stripe's order:
   * payment_method.attached, setup_intent.succeeded.
   */
  confirmSetupIntent(
    setupIntentId: string,
    card: { brand?: string; last4?: string; expMonth?: number; expYear?: number } = {},
  ): Stripe.SetupIntent {
    const intent = this.mustGet(this.setupIntents, setupIntentId, 'SetupIntent');
    if (intent.status !== 'requires_payment_method' && intent.status !== 'requires_confirmation') {
      throw new Error(`confirmSetupIntent(${setupIntentId}): status ${intent.status} cannot be confirmed`);
    }
    const method = this.newCardMethod(card);
    if (typeof intent.customer === 'string') {
      method.customer = intent.customer;
      this.emit('payment_method.attached', method);
    }
    intent.status = 'succeeded';
    intent.payment_method = method.id;
    intent.latest_attempt = newId('setatt');
    this.emit('setup_intent.succeeded', intent);
    return copy(intent);
  }

  /** Confirmations with this PaymentMethod are declined from now on (card_declined). */
  declineCard(paymentMethodId: string): void {
    this.mustGet(this.paymentMethods, paymentMethodId, 'PaymentMethod');
    this.declinedCards.add(paymentMethodId);
  }

  /** A customer deleted (e.g. in the Dashboard): its cards are detached, event customer.deleted. */
  deleteCustomer(customerId: string): void {
    const customer = this.mustGet(this.customers, customerId, 'Customer');
    if (customer.deleted) throw new Error(`deleteCustomer(${customerId}): already deleted`);
    for (const method of this.paymentMethods.values()) if (method.customer === customerId) method.customer = null;
    this.customers.set(customerId, { id: customerId, object: 'customer', deleted: true });
    this.emit('customer.deleted', customer);
  }

  private newCardMethod(card: { brand?: string; last4?: string; expMonth?: number; expYear?: number }) {
    const brand = card.brand ?? 'visa';
    const method: Stripe.PaymentMethod = {
      id: newId('pm'),
      object: 'payment_method',
      allow_redisplay: 'always',
      billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
      card: {
        brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
        country: 'SE',
        display_brand: brand,
        exp_month: card.expMonth ?? 12,
        exp_year: card.expYear ?? new Date(this.now()).getUTCFullYear() + 3,
        fingerprint: randomToken(16),
        funding: 'credit',
        generated_from: null,
        last4: card.last4 ?? '4242',
        networks: { available: [brand], preferred: null },
        regulated_status: 'unregulated',
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
      created: this.seconds(),
      customer: null,
      customer_account: null,
      livemode: false,
      metadata: {},
      type: 'card',
    };
    this.paymentMethods.set(method.id, method);
    return method;
  }

  private liveCustomer(id: string, status: 400 | 404 = 404): Stripe.Customer {
    const customer = this.customers.get(id);
    if (!customer || customer.deleted) throw missing('customer', id, status === 404 ? 'id' : 'customer', status);
    return customer;
  }

  private createCustomer(p: Params): Answer {
    const email = p.string('email', { maxLength: 512 }) || null;
    const name = p.string('name', { maxLength: 256 }) || null;
    const description = p.string('description', { maxLength: 350 }) || null;
    const metadata = p.metadata() ?? {};
    p.expand([]);
    p.done();
    const customer: Stripe.Customer = {
      id: newId('cus', 14),
      object: 'customer',
      address: null,
      balance: 0,
      created: this.seconds(),
      currency: null,
      default_source: null,
      delinquent: false,
      description,
      email,
      invoice_prefix: randomToken(8).toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata,
      name,
      next_invoice_sequence: 1,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: 'none',
      test_clock: null,
    };
    this.customers.set(customer.id, customer);
    this.emit('customer.created', customer);
    return { status: 200, body: copy(customer) };
  }

  private retrieveCustomer(p: Params, id: string): Answer {
    p.expand([]);
    p.done();
    const customer = this.customers.get(id);
    if (!customer) throw missing('customer', id, 'id', 404);
    return { status: 200, body: copy(customer) };
  }

  private updateCustomer(p: Params, id: string): Answer {
    const settings = p.nested('invoice_settings');
    const defaultMethod = settings?.string('default_payment_method');
    settings?.done();
    const metadata = p.metadata();
    p.expand([]);
    p.done();
    const customer = this.liveCustomer(id);
    const previous: Record<string, unknown> = {};
    if (defaultMethod !== undefined) {
      if (defaultMethod !== '') {
        const method = this.paymentMethods.get(defaultMethod);
        if (!method || method.customer !== id) {
          throw invalidRequest(
            `No such PaymentMethod: '${defaultMethod}'; It's possible this PaymentMethod exists on one of your connected accounts, in which case you should retry this request on that connected account.`,
            { code: 'resource_missing', param: 'invoice_settings[default_payment_method]' },
          );
        }
      }
      previous.invoice_settings = { default_payment_method: customer.invoice_settings.default_payment_method };
      customer.invoice_settings.default_payment_method = defaultMethod || null;
    }
    if (metadata === null) customer.metadata = {};
    else if (metadata) {
      for (const [key, value] of Object.entries(metadata)) {
        if (value === '') delete customer.metadata[key];
        else setOwn(customer.metadata, key, value);
      }
    }
    this.emit('customer.updated', customer, previous);
    return { status: 200, body: copy(customer) };
  }

  private listCustomerPaymentMethods(p: Params, id: string): Answer {
    const type = p.string('type');
    this.liveCustomer(id);
    const items = [...this.paymentMethods.values()]
      .filter((method) => method.customer === id && (!type || method.type === type))
      .reverse();
    return { status: 200, body: this.page(items, p, `/v1/customers/${id}/payment_methods`) };
  }

  private createSetupIntent(p: Params): Answer {
    const customerId = p.string('customer');
    const description = p.string('description', { maxLength: 1000 }) || null;
    const metadata = p.metadata() ?? {};
    const usage = p.oneOf('usage', ['off_session', 'on_session'] as const) ?? 'off_session';
    const allowedTypes = p.list('allowed_payment_method_types');
    const automatic = p.nested('automatic_payment_methods');
    let automaticPaymentMethods: Stripe.SetupIntent.AutomaticPaymentMethods | null = null;
    if (automatic) {
      const enabled = automatic.boolean('enabled', { required: true })!;
      automatic.done();
      automaticPaymentMethods = { enabled };
    }
    p.expand([]);
    p.done();
    if (customerId) this.liveCustomer(customerId, 400);
    if (!allowedTypes && !automaticPaymentMethods) automaticPaymentMethods = { enabled: true };
    const id = newId('seti');
    const intent: Stripe.SetupIntent = {
      id,
      object: 'setup_intent',
      allowed_payment_method_types: (allowedTypes as Stripe.SetupIntent.AllowedPaymentMethodType[] | undefined) ?? null,
      application: null,
      automatic_payment_methods: automaticPaymentMethods,
      cancellation_reason: null,
      client_secret: `${id}_secret_${randomToken(25)}`,
      created: this.seconds(),
      customer: customerId ?? null,
      description,
      excluded_payment_method_types: null,
      flow_directions: null,
      last_setup_error: null,
      latest_attempt: null,
      livemode: false,
      mandate: null,
      metadata,
      next_action: null,
      on_behalf_of: null,
      payment_method: null,
      payment_method_configuration_details: null,
      payment_method_options: {},
      payment_method_types: allowedTypes && allowedTypes.length > 0 ? allowedTypes : ['card'],
      single_use_mandate: null,
      status: 'requires_payment_method',
      usage,
    };
    this.setupIntents.set(id, intent);
    this.emit('setup_intent.created', intent);
    return { status: 200, body: copy(intent) };
  }

  private retrieveSetupIntent(p: Params, id: string): Answer {
    p.string('client_secret');
    p.expand([]);
    p.done();
    const intent = this.setupIntents.get(id);
    if (!intent) throw missing('setup_intent', id, 'intent', 404);
    return { status: 200, body: copy(intent) };
  }

  private retrievePaymentMethod(p: Params, id: string): Answer {
    p.expand([]);
    p.done();
    const method = this.paymentMethods.get(id);
    if (!method) throw missing('payment_method', id, 'payment_method', 404);
    return { status: 200, body: copy(method) };
  }

  private detachPaymentMethod(p: Params, id: string): Answer {
    p.expand([]);
    p.done();
    const method = this.paymentMethods.get(id);
    if (!method) throw missing('payment_method', id, 'payment_method', 404);
    const customerId = method.customer;
    if (typeof customerId !== 'string') {
      throw invalidRequest(
        `The payment method you provided is not attached to a customer so detachment is impossible.`,
        {
          code: 'payment_method_unexpected_state',
        },
      );
    }
    method.customer = null;
    const customer = this.customers.get(customerId);
    if (customer && !customer.deleted && customer.invoice_settings.default_payment_method === id) {
      customer.invoice_settings.default_payment_method = null;
    }
    this.emit('payment_method.detached', method, { customer: customerId });
    return { status: 200, body: copy(method) };
  }

  /** Before an intent is made with `confirm=true`: a card to confirm with, of the intent's customer. */
  private checkSavedCard(customerId: string | undefined, methodId: string | undefined): void {
    if (!methodId) {
      throw badParam(
        'payment_method',
        'You must provide a payment_method to confirm this PaymentIntent.',
        'parameter_missing',
      );
    }
    const method = this.paymentMethods.get(methodId);
    if (!method) throw missing('payment_method', methodId, 'payment_method', 400);
    if (method.customer !== (customerId ?? null)) {
      throw invalidRequest(
        `The provided PaymentMethod ${methodId} does not belong to the Customer given, or was detached from it. It may not be used again.`,
        { param: 'payment_method' },
      );
    }
  }

  /**
   * `confirm=true` on create with a saved card (checked by checkSavedCard). It is
   * charged at once (succeeded, as a card without a challenge), or declined after declineCard: then,
   * as Stripe does, the intent stays (requires_payment_method) and the answer is a 402 card_error
   * that carries it.
   */
  private confirmWithSavedCard(intent: Stripe.PaymentIntent): void {
    const methodId = intent.payment_method as string;
    if (this.declinedCards.has(methodId)) {
      const failed = this.fail(intent.id, { code: 'card_declined' });
      throw new ApiError(402, {
        type: 'card_error',
        code: 'card_declined',
        message: 'Your card was declined.',
        payment_intent: failed,
      });
    }
    this.succeed(intent.id);
  }

  // -------------------------------------------------------------------------------------------
  // Refunds and charges
  // -------------------------------------------------------------------------------------------

  private createRefund(p: Params): Answer {
    const paymentIntentId = p.string('payment_intent');
    const chargeId = p.string('charge');
    const amount = p.integer('amount', { min: 1 });
    const reason = p.oneOf('reason', ['duplicate', 'fraudulent', 'requested_by_customer'] as const);
    const metadata = p.metadata() ?? {};
    p.expand([]);
    p.done();
    if (!paymentIntentId && !chargeId) {
      throw badParam(
        'payment_intent',
        'One of the following params should be provided for this request: payment_intent or charge.',
        'parameter_missing',
      );
    }

    let charge: Stripe.Charge | undefined;
    if (chargeId) {
      charge = this.charges.get(chargeId);
      if (!charge) throw missing('charge', chargeId, 'charge', 400);
    }
    if (paymentIntentId) {
      const intent = this.intents.get(paymentIntentId);
      if (!intent) throw missing('payment_intent', paymentIntentId, 'payment_intent', 400);
      const latest = typeof intent.latest_charge === 'string' ? this.charges.get(intent.latest_charge) : undefined;
      if (intent.status !== 'succeeded' || !latest || latest.status !== 'succeeded') {
        throw invalidRequest(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, {
          code: 'charge_not_refundable',
          param: 'payment_intent',
        });
      }
      if (charge && charge.id !== latest.id) {
        throw invalidRequest(`Charge ${charge.id} does not belong to PaymentIntent ${intent.id}.`, { param: 'charge' });
      }
      charge = latest;
    }
    if (!charge) throw new Error('unreachable: a refund without a charge');
    if (charge.status !== 'succeeded') {
      throw invalidRequest(`Charge ${charge.id} has failed and cannot be refunded.`, {
        code: 'charge_not_refundable',
        param: 'charge',
      });
    }

    // Pending refunds already hold their money, as on Stripe; a failed one gives it back.
    const left = charge.amount - charge.amount_refunded;
    if (left <= 0) {
      throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
        code: 'charge_already_refunded',
        param: 'charge',
      });
    }
    const refundAmount = amount ?? left;
    if (refundAmount > left) {
      throw invalidRequest(
        `Refund amount (${formatAmount(refundAmount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(left, charge.currency)})`,
        { code: 'amount_too_large', param: 'amount' },
      );
    }

    const outcome = this.refundOutcome;
    const refund: Stripe.Refund = {
      id: newId('re'),
      object: 'refund',
      amount: refundAmount,
      balance_transaction: newId('txn'),
      charge: charge.id,
      created: this.seconds(),
      currency: charge.currency,
      customer: null,
      customer_account: null,
      metadata,
      payment_intent: charge.payment_intent,
      payment_method: charge.payment_method,
      reason: reason ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: outcome === 'succeeded' ? 'succeeded' : 'pending',
      transfer_reversal: null,
      ...(outcome === 'succeeded' ? {} : { pending_reason: 'processing' as const }),
    };
    this.refundsById.set(refund.id, refund);
    const previouslyRefunded = charge.amount_refunded;
    charge.amount_refunded += refundAmount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.emit('refund.created', refund);
    this.emit('charge.refunded', charge, { amount_refunded: previouslyRefunded, refunded: false });

    const answer: Answer = { status: 200, body: copy(refund) };
    if (outcome === 'failed') answer.after = () => this.settleRefund(refund.id, 'failed');
    return answer;
  }

  private retrieveRefund(p: Params, id: string): Answer {
    p.expand([]);
    p.done();
    const refund = this.refundsById.get(id);
    if (!refund) throw missing('refund', id, 'id', 404);
    return { status: 200, body: copy(refund) };
  }

  private listRefunds(p: Params): Answer {
    const paymentIntent = p.string('payment_intent');
    const charge = p.string('charge');
    const items = [...this.refundsById.values()]
      .filter((r) => (!paymentIntent || r.payment_intent === paymentIntent) && (!charge || r.charge === charge))
      .reverse();
    return { status: 200, body: this.page(items, p, '/v1/refunds') };
  }

  private retrieveCharge(p: Params, id: string): Answer {
    p.expand([]);
    p.done();
    const charge = this.charges.get(id);
    if (!charge) throw missing('charge', id, 'id', 404);
    return { status: 200, body: copy(charge) };
  }

  // -------------------------------------------------------------------------------------------
  // Events
  // -------------------------------------------------------------------------------------------

  private retrieveEvent(p: Params, id: string): Answer {
    p.expand([]);
    p.done();
    const event = this.eventList.find((e) => e.id === id);
    if (!event) throw missing('event', id, 'id', 404);
    return { status: 200, body: copy(event) };
  }

  private listEvents(p: Params): Answer {
    const type = p.string('type');
    const types = p.list('types');
    if (type && types)
      throw badParam('types', 'You may only specify one of these parameters: type, types.', 'parameters_exclusive');
    const created = createdFilter(p);
    const matchesType = (eventType: string) => {
      if (types) return types.includes(eventType);
      if (!type) return true;
      return type.endsWith('*') ? eventType.startsWith(type.slice(0, -1)) : eventType === type;
    };
    const items = this.eventList.filter((e) => matchesType(e.type) && created(e.created)).reverse();
    return { status: 200, body: this.page(items, p, '/v1/events') };
  }

  /** Stripe's cursor pagination over `items`, which must be newest first. Reads the paging params and finishes `p`. */
  private page<T extends { id: string }>(items: T[], p: Params, url: string): Stripe.ApiList<T> {
    const limit = p.integer('limit', { min: 1, max: 100 }) ?? 10;
    const startingAfter = p.string('starting_after');
    const endingBefore = p.string('ending_before');
    p.expand([]);
    p.done();
    if (startingAfter && endingBefore) {
      throw badParam(
        'ending_before',
        'You may only specify one of these parameters: ending_before, starting_after.',
        'parameters_exclusive',
      );
    }
    const cursor = (id: string, param: string) => {
      const index = items.findIndex((item) => item.id === id);
      if (index < 0) throw invalidRequest(`No such object: '${id}'`, { code: 'resource_missing', param });
      return index;
    };
    let data: T[];
    let hasMore: boolean;
    if (startingAfter) {
      const rest = items.slice(cursor(startingAfter, 'starting_after') + 1);
      data = rest.slice(0, limit);
      hasMore = rest.length > limit;
    } else if (endingBefore) {
      const before = items.slice(0, cursor(endingBefore, 'ending_before'));
      data = before.slice(-limit);
      hasMore = before.length > limit;
    } else {
      data = items.slice(0, limit);
      hasMore = items.length > limit;
    }
    return { object: 'list', data: copy(data), has_more: hasMore, url };
  }

  /** Store an event with a snapshot of `object` and tell the listener. */
  private emit(type: string, object: object, previousAttributes?: Record<string, unknown>): Stripe.Event {
    const event = {
      id: newId('evt'),
      object: 'event',
      api_version: this.apiVersion,
      created: this.seconds(),
      data: { object: copy(object), ...(previousAttributes ? { previous_attributes: copy(previousAttributes) } : {}) },
      livemode: false,
      pending_webhooks: 1,
      request: this.currentRequest ? { ...this.currentRequest } : { id: null, idempotency_key: null },
      type,
    } as Stripe.Event;
    this.eventList.push(event);
    const listener = this.onEvent;
    if (listener) {
      const snapshot = copy(event);
      queueMicrotask(() => {
        try {
          Promise.resolve(listener(snapshot)).catch((error: unknown) => this.listenerErrors.push(error));
        } catch (error) {
          this.listenerErrors.push(error);
        }
      });
    }
    return event;
  }

  // -------------------------------------------------------------------------------------------

  private seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  private mustGet<T>(map: Map<string, T>, id: string, what: string): T {
    const value = map.get(id);
    if (!value) throw new Error(`The local Stripe server has no ${what} ${id}`);
    return value;
  }
}

// ---------------------------------------------------------------------------------------------
// Request-level helpers
// ---------------------------------------------------------------------------------------------

function headerValue(req: http.IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function missing(resource: string, id: string, param: string, status: 400 | 404): ApiError {
  return invalidRequest(`No such ${resource}: '${id}'`, { status, code: 'resource_missing', param });
}

function idempotencyConflict(
  earlier: Saved,
  method: string,
  path: string,
  fingerprint: string,
  key: string,
): ApiError | null {
  if (earlier.method !== method || earlier.path !== path) {
    return new ApiError(
      400,
      {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used for the same endpoint they were first used for (${earlier.method} ${earlier.path} vs ${method} ${path}). Try another key than '${key}' for a different request.`,
      },
      false,
    );
  }
  if (earlier.fingerprint !== fingerprint) {
    return new ApiError(
      400,
      {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try another key than '${key}' for a different request.`,
      },
      false,
    );
  }
  return null;
}

function faultError(status: number): ApiError {
  if (status === 429) {
    return invalidRequest('Too many requests hit the API too quickly (injected by failNext).', {
      status,
      code: 'rate_limit',
      saved: false,
    });
  }
  if (status === 409) {
    return invalidRequest(
      'This object cannot be accessed right now because another API request or Stripe process is currently accessing it (injected by failNext).',
      {
        status,
        code: 'lock_timeout',
        saved: false,
      },
    );
  }
  if (status >= 500) {
    return new ApiError(
      status,
      { type: 'api_error', message: 'An unknown error occurred (injected by failNext).' },
      false,
    );
  }
  return invalidRequest(`Injected failure ${status} (failNext).`, { status, saved: false });
}

function amountParam(p: Params, required: boolean): number | undefined {
  const amount = p.integer('amount', { required });
  if (amount === undefined) return undefined;
  if (amount < 1)
    throw badParam('amount', 'This value must be greater than or equal to 1.', 'parameter_invalid_integer');
  if (amount > 99_999_999)
    throw badParam(
      'amount',
      'Amount must be no more than 99999999 (in the smallest currency unit).',
      'amount_too_large',
    );
  return amount;
}

function currencyParam(p: Params, required: boolean): string | undefined {
  const currency = p.string('currency', { required });
  if (currency === undefined) return undefined;
  if (!/^[a-z]{3}$/i.test(currency))
    throw badParam('currency', `Invalid currency: ${currency}. Use a three-letter ISO code.`);
  return currency.toLowerCase();
}

/** `receipt_email`: undefined when absent, null when sent empty (unset), else the address. */
function emailParam(p: Params): string | null | undefined {
  const email = p.string('receipt_email');
  if (email === undefined) return undefined;
  if (email === '') return null;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw badParam('receipt_email', `Invalid email address: ${email}`, 'email_invalid');
  return email;
}

/** `created=<ts>` or `created[gt|gte|lt|lte]=<ts>`, as a predicate on a timestamp. */
function createdFilter(p: Params): (created: number) => boolean {
  if (!p.has('created')) return () => true;
  if (!p.isHash('created')) {
    const exact = p.integer('created');
    return (created) => created === exact;
  }
  const nested = p.nested('created')!;
  const bounds = {
    gt: nested.integer('gt'),
    gte: nested.integer('gte'),
    lt: nested.integer('lt'),
    lte: nested.integer('lte'),
  };
  nested.done();
  return (created) =>
    (bounds.gt === undefined || created > bounds.gt) &&
    (bounds.gte === undefined || created >= bounds.gte) &&
    (bounds.lt === undefined || created < bounds.lt) &&
    (bounds.lte === undefined || created <= bounds.lte);
}
