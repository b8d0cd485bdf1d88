import { orgAddress } from '../../platform/context.ts';
import { signedToken } from '../../platform/tokens.ts';

/** The last moment a customer may cancel by themselves: the organisation's deadline before the start. */
export const cancellationDeadline = (startsAt: Date, deadlineHours: number): Date =>
  new Date(startsAt.getTime() - deadlineHours * 3600_000);

/** A booking's manage token: signed, never stored, the same every time it is made (platform/tokens.ts). */
export const manageToken = (key: Buffer, bookingId: string) => signedToken(key, MANAGE_PURPOSE, bookingId);
export const MANAGE_PURPOSE = 'booking.manage';

export const manageUrl = (publicUrl: string, org: { slug: string }, token: string) =>
  `${orgAddress(publicUrl, org)}/manage/${token}`;
