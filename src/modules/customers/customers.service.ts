import { hashToken, openSignedToken, signedToken } from '../../platform/tokens.ts';

const CALENDAR_PURPOSE = 'customer.calendar';

/** A customer's calendar feed address: signed, stored nowhere (platform/tokens.ts). */
export const calendarFeedUrl = (publicUrl: string, key: Buffer, customerId: string) =>
  `${publicUrl}/api/v1/calendar/feeds/customers/${signedToken(key, CALENDAR_PURPOSE, customerId)}.ics`;

/** The customer a feed token names, if the server made it; older tokens by their hash. */
export const feedCustomerRef = (key: Buffer, token: string) => {
  const id = openSignedToken(key, CALENDAR_PURPOSE, token);
  return id ? { id } : { legacyTokenHash: hashToken(token) };
};
