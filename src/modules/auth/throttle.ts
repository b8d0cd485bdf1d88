/**
 * Counting attempts at guessing passwords or flooding mailboxes. Pure rules here; the counts live
 * in PostgreSQL (auth_throttle) so that every app process sees the same ones.
 */
export interface ThrottleRule {
  windowMs: number;
  /** Attempts allowed in a window before the rule bites. */
  free: number;
  /**
   * `block`: refuse until the window ends. `slow`: after the free attempts, each one must wait
   * twice as long as the last (from `firstDelayMs` up to `maxDelayMs`), so that an attacker gets
   * a few tries an hour while the owner is never locked out for more than `maxDelayMs`.
   */
  mode: 'block' | 'slow';
  firstDelayMs?: number;
  maxDelayMs?: number;
}

export interface ThrottleState {
  windowStartedAt: Date;
  attempts: number;
  lastAttemptAt: Date | null;
}

export type ThrottleDecision = { allowed: true; next: ThrottleState } | { allowed: false; retryAfterMs: number };

export function decideThrottle(rule: ThrottleRule, state: ThrottleState | undefined, now: Date): ThrottleDecision {
  const current =
    state && now.getTime() - state.windowStartedAt.getTime() < rule.windowMs
      ? state
      : { windowStartedAt: now, attempts: 0, lastAttemptAt: null };
  const next = { ...current, attempts: current.attempts + 1, lastAttemptAt: now };
  if (current.attempts < rule.free) return { allowed: true, next };
  if (rule.mode === 'block') {
    return { allowed: false, retryAfterMs: current.windowStartedAt.getTime() + rule.windowMs - now.getTime() };
  }
  const delay = Math.min(
    rule.maxDelayMs ?? 60_000,
    (rule.firstDelayMs ?? 15_000) * 2 ** Math.min(current.attempts - rule.free, 20),
  );
  const earliest = (current.lastAttemptAt?.getTime() ?? 0) + delay;
  if (earliest > now.getTime()) return { allowed: false, retryAfterMs: earliest - now.getTime() };
  return { allowed: true, next };
}

const FIFTEEN_MINUTES = 15 * 60_000;

/** Per client address: enough for an office behind one address, not for a script. */
export const signInPerAddress: ThrottleRule = { windowMs: FIFTEEN_MINUTES, free: 20, mode: 'block' };
/**
 * Per account, from any address: five free tries, then slower and slower, never more than a
 * minute's wait — a lockout anyone could trigger must not keep the owner out.
 */
export const signInPerAccount: ThrottleRule = {
  windowMs: FIFTEEN_MINUTES,
  free: 5,
  mode: 'slow',
  firstDelayMs: 15_000,
  maxDelayMs: 60_000,
};
export const resetRequestPerAddress: ThrottleRule = { windowMs: FIFTEEN_MINUTES, free: 10, mode: 'block' };
/** A mailbox gets at most three reset mails a quarter of an hour, whoever asks. */
export const resetRequestPerAccount: ThrottleRule = { windowMs: FIFTEEN_MINUTES, free: 3, mode: 'block' };

/**
 * "Email me my bookings": a mailbox gets at most three such mails a quarter of an hour, and one
 * client address may ask for ten mailboxes, so that nobody floods a mailbox or sprays the form.
 */
export const manageLinksPerAddress: ThrottleRule = { windowMs: FIFTEEN_MINUTES, free: 10, mode: 'block' };
export const manageLinksPerMailbox: ThrottleRule = { windowMs: FIFTEEN_MINUTES, free: 3, mode: 'block' };
