import { claimedTokenId, hashToken, openSignedToken, signedToken } from '../../platform/tokens.ts';

const CALENDAR_PURPOSE = 'customer.calendar';

/** What a feed address is signed for: version 1 as before versions, so the first addresses keep working. */
const feedPurpose = (version: number) => (version === 1 ? CALENDAR_PURPOSE : `${CALENDAR_PURPOSE}.${version}`);

/** A customer's calendar feed address: signed for its current version, stored nowhere (platform/tokens.ts). */
export const calendarFeedUrl = (publicUrl: string, key: Buffer, customer: { id: string; feedVersion: number }) =>
  `${publicUrl}/api/v1/calendar/feeds/customers/${signedToken(key, feedPurpose(customer.feedVersion), customer.id)}.ics`;

/** The customer a feed token claims, to be checked with feedTokenOpens; older tokens by their hash. */
export const feedCustomerRef = (token: string) => {
  const id = claimedTokenId(token);
  return id ? { id } : { legacyTokenHash: hashToken(token) };
};

/** Whether a signed feed token is the customer's current address (not one made before a replacement). */
export const feedTokenOpens = (key: Buffer, token: string, customer: { id: string; feedVersion: number }) =>
  openSignedToken(key, feedPurpose(customer.feedVersion), token) === customer.id;
