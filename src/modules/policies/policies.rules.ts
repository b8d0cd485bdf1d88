/**
 * The cancellation rule, pure: which policy applies to a booking, and what cancelling it at a moment
 * costs. No I/O and no clock of its own (`now` is given), so that every cancel path (a customer by
 * account or manage link, staff, a cancelled class) asks the same question and gets the same answer.
 */
import type { CancellationPolicyRow } from './policies.tables.ts';

export interface Policy {
  freeHours: number;
  lateAction: CancellationPolicyRow['lateAction'];
  lateFee: { kind: 'fixed' | 'percent'; value: number } | null;
  refundTo: CancellationPolicyRow['refundTo'];
  creditValidityDays: number;
  /** Kept of a no-show's payment; null keeps all of it (as before no-show fees existed). */
  noShowFee: { kind: 'fixed' | 'percent'; value: number } | null;
}

/**
 * The policy of what is booked: an override for its service or its class type, else the
 * organisation's default row, else the implicit default (free until the organisation's deadline,
 * then customers may not cancel) — how cancelling worked before policies existed.
 */
export function policyOf(
  rows: CancellationPolicyRow[],
  what: { serviceId: string | null; classTypeId: string | null },
  organisationHours: number,
): Policy {
  const match =
    rows.find((row) => what.serviceId !== null && row.serviceId === what.serviceId) ??
    rows.find((row) => what.classTypeId !== null && row.classTypeId === what.classTypeId) ??
    rows.find((row) => row.serviceId === null && row.classTypeId === null);
  if (!match)
    return {
      freeHours: organisationHours,
      lateAction: 'refuse',
      lateFee: null,
      refundTo: 'card',
      creditValidityDays: 365,
      noShowFee: null,
    };
  return {
    freeHours: match.freeHours ?? organisationHours,
    lateAction: match.lateAction,
    lateFee:
      match.lateFeeKind && match.lateFeeValue !== null ? { kind: match.lateFeeKind, value: match.lateFeeValue } : null,
    refundTo: match.refundTo,
    creditValidityDays: match.creditValidityDays,
    noShowFee:
      match.noShowFeeKind && match.noShowFeeValue !== null
        ? { kind: match.noShowFeeKind, value: match.noShowFeeValue }
        : null,
  };
}

export type Cancellation =
  | { kind: 'refused'; hours: number }
  | { kind: 'free' }
  /** What to keep of what was paid: money in minor units, or credits. */
  | { kind: 'late'; keepMoney: (paid: number) => number; keepCredits: (used: number) => number };

/**
 * Free until `freeHours` before the start; after that the policy's late action. A cancelled class is
 * always free (the business called it off). Staff are not refused by a policy that refuses customers
 * (they cancel at any time, free, as before policies), but a fee or no-refund applies to them alike.
 */
export function decideCancellation(
  policy: Pick<Policy, 'freeHours' | 'lateAction' | 'lateFee'>,
  at: { startsAt: Date; now: Date; by: 'customer' | 'staff' | 'class_cancelled' },
): Cancellation {
  if (at.by === 'class_cancelled') return { kind: 'free' };
  const deadline = at.startsAt.getTime() - policy.freeHours * 3600_000;
  if (at.now.getTime() <= deadline) return { kind: 'free' };
  switch (policy.lateAction) {
    case 'refuse':
      return at.by === 'staff' ? { kind: 'free' } : { kind: 'refused', hours: policy.freeHours };
    case 'no_refund':
      return { kind: 'late', keepMoney: (paid) => paid, keepCredits: (used) => used };
    case 'fee': {
      const fee = policy.lateFee ?? { kind: 'fixed', value: 0 };
      return { kind: 'late', keepMoney: (paid) => lateFee(fee, paid), keepCredits: feeInCredits(fee) };
    }
  }
}

/**
 * The fee kept of `paid`: a fixed amount (never more than was paid), or basis points of it rounded
 * half away from zero to a whole minor unit (or credit) — the rounding the pricing engine states.
 */
export function lateFee(fee: { kind: 'fixed' | 'percent'; value: number }, paid: number): number {
  if (paid <= 0) return 0;
  if (fee.kind === 'fixed') return Math.min(fee.value, paid);
  return Math.min(paid, Math.round((paid * fee.value) / 10_000));
}

/**
 * Refund as credit gives the booking back, not its money: one credit per spot booked (for the same
 * service or class type), less what a late fee keeps of those credits — the rule a booking paid with
 * credits follows. The money moves with the credits: what of `held` the credits stand for is
 * `credited` (settled, like a refund), and the rest is `retained` as the fee.
 */
export function creditRefund(
  held: number,
  spots: number,
  keepCredits: (used: number) => number,
): { credits: number; credited: number; retained: number } {
  const credits = Math.max(0, spots - keepCredits(spots));
  const credited = credits === spots ? held : Math.round((held * credits) / spots);
  return { credits, credited, retained: held - credited };
}

/**
 * What a fee keeps of credits: a percentage applies to credits as to money; a fixed amount of money
 * cannot be split into credits, so it keeps them all.
 */
export const feeInCredits =
  (fee: { kind: 'fixed' | 'percent'; value: number }) =>
  (used: number): number =>
    fee.kind === 'percent' ? lateFee(fee, used) : used;

/** What a no-show keeps of what is paid: the policy's no-show fee, or all of it when it has none. */
export function noShowKeeps(policy: Policy, paid: number): number {
  return policy.noShowFee ? lateFee(policy.noShowFee, paid) : Math.max(0, paid);
}
