import { openSignedToken, signedToken } from '../../platform/tokens.ts';

const CALENDAR_PURPOSE = 'provider.calendar';

/**
 * A provider's own calendar feed address: signed, stored nowhere (platform/tokens.ts). Its own
 * purpose, so a customer's feed token never opens a provider's feed, or the other way round.
 */
export const providerFeedUrl = (publicUrl: string, key: Buffer, providerId: string) =>
  `${publicUrl}/api/v1/calendar/feeds/providers/${signedToken(key, CALENDAR_PURPOSE, providerId)}.ics`;

/** The provider a feed token names, or null when the server did not make it. */
export const providerOfFeedToken = (key: Buffer, token: string) => openSignedToken(key, CALENDAR_PURPOSE, token);
