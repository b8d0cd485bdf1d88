// Secret links (a guest's manage link, a calendar feed) are long random tokens, so guessing one is
// hopeless; counting wrong ones per client address makes it visibly so, and stops a script from
// hammering the lookups. Only misses count: a venue's guests opening their own links from one
// address are never held back. Once an address has had too many misses in the window, every link
// lookup from it is refused until the window ends, the right ones too, so the refusal says nothing
// about which tokens exist. Counts live in PostgreSQL (auth_throttle), shared by every app process.
import type { Db } from '../../platform/db.ts';
import { transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { lockThrottle, peekThrottle, saveThrottle } from './auth.repo.ts';
import { type ThrottleRule, decideThrottle } from './throttle.ts';

/** Wrong links per client address in a quarter of an hour before its lookups are refused. */
export const wrongLinksPerAddress: ThrottleRule = { windowMs: 15 * 60_000, free: 30, mode: 'block' };

const keyOf = (ip: string | null) => `link-miss:${ip ?? 'unknown'}`;

/** Refuses (429 `rate_limited`) while the address has used up its misses; reads, never writes. */
export async function refuseWhileGuessing(db: Db, orgId: string, ip: string | null, now: Date): Promise<void> {
  const state = await peekThrottle(db, orgId, keyOf(ip));
  if (!state) return;
  const decision = decideThrottle(wrongLinksPerAddress, state, now);
  if (!decision.allowed) {
    const retryAfterSeconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    throw new DomainError('rate_limited', {}, { retryAfterSeconds });
  }
}

/** Counts one wrong link from the address. */
export async function countWrongLink(db: Db, orgId: string, ip: string | null, now: Date): Promise<void> {
  await transaction(db, async (tx) => {
    const decided = decideThrottle(wrongLinksPerAddress, await lockThrottle(tx, orgId, keyOf(ip), now), now);
    if (decided.allowed) await saveThrottle(tx, orgId, keyOf(ip), decided.next);
  });
}
