import type { Logger } from 'pino';
import { mailHandlers } from './modules/notifications/notifications.service.ts';
import { invoiceMailHandlers } from './modules/notifications/invoice-mails.ts';
import { creditsMailHandlers } from './modules/notifications/credits-mails.ts';
import { rosterMailHandlers } from './modules/notifications/roster-mails.ts';
import { staffNoticeHandlers } from './modules/notifications/staff-notices.mail.ts';
import { loyaltyMailHandlers } from './modules/notifications/loyalty-mails.ts';
import { loyaltyJobHandlers } from './modules/loyalty/loyalty.service.ts';
import { profileMailHandlers } from './modules/notifications/profile-mails.ts';
import { invoiceJobHandlers } from './modules/invoices/invoices.service.ts';
import type { CardGateway } from './platform/card-gateway.ts';
import { paymentJobs } from './modules/payments/payments.locks.ts';
import { cancelIntentHandler, expireHoldHandler } from './modules/checkout/checkout.settlement.ts';
import { expirePurchaseHandler } from './modules/credits/packages.service.ts';
import { executeRefundHandler } from './modules/payments/refunds.service.ts';
import { stripeEventHandler } from './modules/checkout/checkout.stripe-events.ts';
import { WEBHOOK_JOB, webhookDeliveryHandler } from './modules/webhooks/webhooks.service.ts';
import { videoHandlers } from './modules/video/video.service.ts';
import { waitlistMailHandlers } from './modules/notifications/waitlist-mails.ts';
import { sweepWaitlists, waitlistJobHandlers } from './modules/waitlist/waitlist.service.ts';
import { type VideoMeetings, createVideoMeetings } from './platform/video.ts';
import type { Clock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { Db } from './platform/db.ts';
import { pruneIdempotencyKeys } from './platform/idempotency.ts';
import { serverKey } from './platform/tokens.ts';
import { pruneAuthThrottle } from './modules/auth/auth.service.ts';
import { pruneRateLimitCounters } from './platform/rate-limits.ts';
import type { JobKind } from './platform/job-types.ts';
import { type JobHandler, JobRunner, type JobRunnerOptions, pruneFinishedJobs } from './platform/jobs.ts';
import { type Mailer, pruneMailDeliveries } from './platform/mail.ts';
import type { Metrics } from './platform/metrics.ts';

export interface JobDeps {
  config: Config;
  db: Db;
  clock: Clock;
  mailer: Mailer;
  logger: Logger;
  cardGateway: CardGateway | null;
  /** Meeting rooms; by default the adapter the configuration asks for (VIDEO_PROVIDER). */
  video?: VideoMeetings | null;
  /** Where job durations are counted (the app's registry when the runner runs in the server). */
  metrics?: Metrics | null;
}

/**
 * Every kind of background job in the outbox contract (platform/job-types.ts) and the handler that
 * runs it; 'webhook.event' has none, because the database fans it out into deliveries on insert
 * (migrations/0009).
 */
export function jobHandlers({
  config,
  db,
  clock,
  mailer,
  logger,
  cardGateway: gateway,
  video = createVideoMeetings(config, { logger: logger.child({ component: 'video' }) }),
}: JobDeps): Record<Exclude<JobKind, 'webhook.event'>, JobHandler> {
  const now = () => clock.now();
  return {
    ...mailHandlers({
      db,
      mailer,
      publicUrl: config.publicUrl,
      tokenKey: serverKey(config),
      defaultFrom: config.mail.from,
      now,
    }),
    ...invoiceMailHandlers({
      db,
      mailer,
      defaultFrom: config.mail.from,
      publicUrl: config.publicUrl,
      tokenKey: serverKey(config),
    }),
    ...profileMailHandlers({ db, mailer, defaultFrom: config.mail.from }),
    ...invoiceJobHandlers({ db, now }),
    ...loyaltyMailHandlers({ db, mailer, defaultFrom: config.mail.from }),
    ...creditsMailHandlers({ db, mailer, defaultFrom: config.mail.from }),
    ...rosterMailHandlers({ db, mailer, defaultFrom: config.mail.from }),
    ...staffNoticeHandlers({ db, mailer, defaultFrom: config.mail.from, publicUrl: config.publicUrl }),
    ...loyaltyJobHandlers({ db }),
    ...videoHandlers({ db, video, now }),
    // waitlist
    ...waitlistJobHandlers({ db, now }),
    ...waitlistMailHandlers({
      db,
      mailer,
      defaultFrom: config.mail.from,
      publicUrl: config.publicUrl,
      tokenKey: serverKey(config),
    }),
    [WEBHOOK_JOB]: webhookDeliveryHandler({ db, now, allowPrivateNetworks: config.webhooksAllowPrivateNetworks }),
    [paymentJobs.expireHold]: expireHoldHandler({ db, now }),
    [paymentJobs.expirePurchase]: expirePurchaseHandler({ db, now }),
    [paymentJobs.cancelIntent]: cancelIntentHandler({ db, gateway, now }),
    [paymentJobs.executeRefund]: executeRefundHandler({ db, gateway, now }),
    [paymentJobs.stripeEvent]: stripeEventHandler({ db, gateway, now }),
  };
}

export function createJobRunner(deps: JobDeps, options: Partial<JobRunnerOptions> = {}): JobRunner {
  return new JobRunner(
    deps.db,
    jobHandlers(deps),
    deps.clock,
    deps.logger.child({ component: 'jobs' }),
    options,
    deps.metrics ?? null,
  );
}

const HOUSEKEEPING_INTERVAL_MS = 3600_000;

/** Hourly: forget idempotency keys older than a day, finished jobs and sent-mail records older than a month. */
export function startHousekeeping({ db, clock, logger }: Pick<JobDeps, 'db' | 'clock' | 'logger'>): () => void {
  const tidy = () =>
    Promise.all([
      pruneIdempotencyKeys(db, clock.now()),
      pruneFinishedJobs(db, clock.now()),
      pruneMailDeliveries(db, clock.now()),
      pruneAuthThrottle(db, clock.now()),
      pruneRateLimitCounters(db, clock.now()),
    ]).catch((error: unknown) => logger.warn({ err: error }, 'housekeeping failed'));
  const timer = setInterval(tidy, HOUSEKEEPING_INTERVAL_MS);
  timer.unref();
  // The waitlists' safety net (jobs and triggers do the work; this finds what they missed, e.g. while
  // no runner ran): once at start, then every minute.
  const sweep = () =>
    sweepWaitlists(db, clock.now()).catch((error: unknown) => logger.warn({ err: error }, 'waitlist sweep failed'));
  void sweep();
  const sweeper = setInterval(sweep, WAITLIST_SWEEP_INTERVAL_MS);
  sweeper.unref();
  return () => {
    clearInterval(timer);
    clearInterval(sweeper);
  };
}

const WAITLIST_SWEEP_INTERVAL_MS = 60_000;
