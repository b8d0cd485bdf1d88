import { openSignedToken, signedToken } from '../../platform/tokens.ts';

const CALENDAR_PURPOSE = 'provider.calendar';

/**
 * What a provider's feed address is signed for: its own purpose, so a customer's feed token never
 * opens a provider's feed or the other way round, and its version (1 as before versions).
 */
const feedPurpose = (version: number) => (version === 1 ? CALENDAR_PURPOSE : `${CALENDAR_PURPOSE}.${version}`);

/** A provider's own calendar feed address: signed, stored nowhere (platform/tokens.ts). */
export const providerFeedUrl = (publicUrl: string, key: Buffer, provider: { id: string; feedVersion: number }) =>
  `${publicUrl}/api/v1/calendar/feeds/providers/${signedToken(key, feedPurpose(provider.feedVersion), provider.id)}.ics`;

/** Whether a feed token is the provider's current address (found by platform/tokens.ts `claimedTokenId`). */
export const providerFeedOpens = (key: Buffer, token: string, provider: { id: string; feedVersion: number }) =>
  openSignedToken(key, feedPurpose(provider.feedVersion), token) === provider.id;
