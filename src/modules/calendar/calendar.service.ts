import { findBookingView, selectBookingViews } from '../payments/booking-views.ts';
import { canSee, contextFor, manageRef } from '../bookings/bookings.service.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { buildIcs } from '../../platform/ics.ts';
import { hasRole, orgAddress, requireSelf, requireUser } from '../../platform/context.ts';
import { organizerOf } from '../../platform/mail.ts';
import { findFeedProvider, findProvider, replaceProviderFeedAddress } from '../providers/providers.repo.ts';
import { providerFeedOpens, providerFeedUrl } from '../providers/providers.feed.ts';
import { selectClasses } from '../classes/classes.repo.ts';
import { manageToken, manageUrl } from '../bookings/bookings.dto.ts';
import { bookingIcsEvent } from '../bookings/bookings.ics.ts';
import { booked } from '../bookings/bookings.what.ts';
import { findFeedCustomer, replaceFeedAddress, upsertAccountCustomer } from '../customers/customers.repo.ts';
import { calendarFeedUrl, feedCustomerRef, feedTokenOpens } from '../customers/customers.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { transaction } from '../../platform/db.ts';
import { claimedTokenId } from '../../platform/tokens.ts';
import { findOrganisationById, findOrganisationBySlug } from '../orgs/orgs.repo.ts';

/** How far back feeds reach: cancelled and past entries stay a while so calendars update them. */
const FEED_HISTORY_MS = 30 * 24 * 3600_000;

/** Where links are made: the public address and the key that signs them. */
export interface LinkDeps {
  publicUrl: string;
  tokenKey: Buffer;
  /** The deployment's sender (MAIL_FROM), the organiser's address when the studio has none. */
  mailFrom?: string;
}

/**
 * One booking as a calendar file, for "add to calendar" on the manage page: the same event (UID,
 * SEQUENCE, place) as the confirmation mail's attachment and the customer's feed, made in one place.
 */
export async function manageIcs(db: Db, callerCtx: RequestContext, token: string, links: LinkDeps): Promise<string> {
  const ref = manageRef(links.tokenKey, token);
  const ctx = await contextFor(db, callerCtx, ref);
  const view = 'manage' in ref ? await findBookingView(db, ctx.org.id, ref.manage) : undefined;
  if (!view || !canSee(ctx, view, ref)) throw new DomainError('booking_not_found');
  const org = await findOrganisationById(db, ctx.org.id);
  if (!org) throw new DomainError('booking_not_found');
  const url = manageUrl(links.publicUrl, org, token);
  return buildIcs({
    name: org.name,
    events: [bookingIcsEvent(view.booking.id, booked(view), org, url, organizer(org, links))],
  });
}

/** A customer's bookings as a calendar feed; the URL's secret token is the only key. */
export async function customerFeed(db: Db, token: string, links: LinkDeps, now: Date): Promise<string> {
  const ref = feedCustomerRef(token);
  const customer = await findFeedCustomer(db, ref);
  // A signed address opens only at the version it was made for: one replaced since opens nothing.
  if (!customer || ('id' in ref && !feedTokenOpens(links.tokenKey, token, customer)))
    throw new DomainError('not_found');
  const org = await findOrganisationById(db, customer.orgId);
  if (!org) throw new DomainError('not_found');
  const views = await selectBookingViews(db, org.id, {
    customerId: customer.id,
    startFrom: new Date(now.getTime() - FEED_HISTORY_MS),
    order: 'class_asc',
    limit: 500,
    offset: 0,
  });
  return buildIcs({
    name: org.name,
    events: views.map((view) =>
      bookingIcsEvent(
        view.booking.id,
        booked(view),
        org,
        manageUrl(links.publicUrl, org, manageToken(links.tokenKey, view.booking.id)),
        organizer(org, links),
      ),
    ),
  });
}

/**
 * A provider's own appointments as a calendar feed (no other provider's): what they need to do the
 * work and nothing more — the service, the time, the place (address or meeting link) and who is
 * coming. Not the customer's manage link, which would let its holder cancel. Bookings waiting for
 * payment are left out until they are confirmed; one moved to a colleague leaves this feed.
 */
export async function providerFeed(db: Db, token: string, links: LinkDeps, now: Date): Promise<string> {
  const providerId = claimedTokenId(token);
  const provider = providerId ? await findFeedProvider(db, providerId) : undefined;
  // A provider taken off the team takes their feed (customers' names and addresses) with them; a
  // replaced address opens nothing.
  if (!provider?.active || !providerFeedOpens(links.tokenKey, token, provider)) throw new DomainError('not_found');
  const org = await findOrganisationById(db, provider.orgId);
  if (!org) throw new DomainError('not_found');
  const views = await selectBookingViews(db, org.id, {
    providerId: provider.id,
    kind: 'appointment',
    startFrom: new Date(now.getTime() - FEED_HISTORY_MS),
    order: 'class_asc',
    limit: 1000,
    offset: 0,
  });
  return buildIcs({
    name: `${provider.name} (${org.name})`,
    events: views
      .filter((view) => view.booking.status !== 'pending')
      .map((view) => {
        const what = booked(view);
        return {
          // Not the customer's UID: a calendar that holds both must not take one for the other.
          uid: `appointment-${view.booking.id}@slotwise`,
          sequence: Math.floor(what.changedAt.getTime() / 1000),
          start: what.startsAt,
          end: what.endsAt,
          summary: `${what.title}: ${view.customer.name}`,
          location: what.place,
          cancelled: what.cancelled,
          updatedAt: what.changedAt,
        };
      }),
  });
}

/** A provider's feed address: for the staff account linked to the provider, or an admin. */
export async function providerFeedLink(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  links: LinkDeps,
): Promise<string> {
  return providerFeedUrl(links.publicUrl, links.tokenKey, await feedOwnersProvider(db, ctx, providerId));
}

/**
 * A new feed address for a provider (the same people may ask): the old one, wherever it was pasted or
 * forwarded, opens nothing from now on. Audited.
 */
export async function replaceProviderFeed(
  db: Db,
  ctx: RequestContext,
  providerId: string,
  links: LinkDeps,
): Promise<string> {
  await feedOwnersProvider(db, ctx, providerId);
  const provider = await transaction(db, async (tx) => {
    const row = await replaceProviderFeedAddress(tx, ctx.org.id, providerId);
    if (!row) throw new DomainError('provider_not_found');
    await recordAudit(tx, ctx, { action: 'provider.feed_replaced', entityType: 'provider', entityId: row.id });
    return row;
  });
  return providerFeedUrl(links.publicUrl, links.tokenKey, provider);
}

async function feedOwnersProvider(db: Db, ctx: RequestContext, providerId: string) {
  const user = requireUser(ctx);
  const provider = await findProvider(db, ctx.org.id, providerId);
  if (!provider) throw new DomainError('provider_not_found');
  if (!hasRole(ctx, 'admin') && provider.userId !== user.id) throw new DomainError('forbidden');
  return provider;
}

/** The organisation's public timetable: classes only, no personal data. */
export async function scheduleFeed(db: Db, orgSlug: string, publicUrl: string, now: Date): Promise<string> {
  const org = await findOrganisationBySlug(db, orgSlug);
  if (!org) throw new DomainError('organisation_not_found');
  const classes = await selectClasses(db, org.id, {
    from: new Date(now.getTime() - FEED_HISTORY_MS),
    to: undefined,
    status: undefined,
    limit: 500,
  });
  return buildIcs({
    name: org.name,
    events: classes.map((cls) => ({
      uid: `class-${cls.id}@slotwise`,
      sequence: Math.floor(cls.updatedAt.getTime() / 1000),
      start: cls.startsAt,
      end: cls.endsAt,
      summary: cls.title,
      location: cls.location,
      description: [cls.instructorName, cls.description].filter(Boolean).join('\n'),
      url: `${orgAddress(publicUrl, org)}/classes/${cls.id}`,
      cancelled: cls.status === 'cancelled',
      updatedAt: cls.updatedAt,
    })),
  });
}

const organizer = (
  org: { name: string; mailFrom: string | null; mailReplyTo: string | null },
  links: { mailFrom?: string },
) => (org.mailFrom || org.mailReplyTo || links.mailFrom ? organizerOf(org, links.mailFrom ?? '') : undefined);

/** The signed-in customer's feed address. */
export async function myFeedUrl(db: Db, ctx: RequestContext, links: LinkDeps): Promise<string> {
  const customer = await upsertAccountCustomer(db, ctx.org.id, requireSelf(ctx));
  return calendarFeedUrl(links.publicUrl, links.tokenKey, customer);
}

/** A new feed address for the signed-in customer; the old one opens nothing from now on. Audited. */
export async function replaceMyFeed(db: Db, ctx: RequestContext, links: LinkDeps): Promise<string> {
  const user = requireSelf(ctx);
  const customer = await transaction(db, async (tx) => {
    const mine = await upsertAccountCustomer(tx, ctx.org.id, user);
    const row = await replaceFeedAddress(tx, ctx.org.id, mine.id);
    if (!row) throw new DomainError('customer_not_found');
    await recordAudit(tx, ctx, { action: 'customer.feed_replaced', entityType: 'customer', entityId: row.id });
    return row;
  });
  return calendarFeedUrl(links.publicUrl, links.tokenKey, customer);
}
