import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  creditRefund,
  decideCancellation,
  lateFee,
  noShowKeeps,
  policyOf,
} from '../../src/modules/policies/policies.rules.ts';
import type { CancellationPolicyRow } from '../../src/modules/policies/policies.tables.ts';

const HOUR = 3600_000;
const start = new Date('2026-06-01T10:00:00Z');
const row = (changes: Partial<CancellationPolicyRow>): CancellationPolicyRow => ({
  id: crypto.randomUUID(),
  orgId: 'org',
  serviceId: null,
  classTypeId: null,
  freeHours: null,
  lateAction: 'refuse',
  lateFeeKind: null,
  lateFeeValue: null,
  refundTo: 'card',
  creditValidityDays: 365,
  noShowFeeKind: null,
  noShowFeeValue: null,
  createdAt: start,
  updatedAt: start,
  ...changes,
});

test('without a policy row: free until the organisation’s deadline, then customers are refused and staff are not', () => {
  const policy = policyOf([], { serviceId: null, classTypeId: null }, 24);
  assert.deepEqual(
    decideCancellation(policy, { startsAt: start, now: new Date(start.getTime() - 24 * HOUR), by: 'customer' }),
    {
      kind: 'free',
    },
  );
  const late = new Date(start.getTime() - 24 * HOUR + 1);
  assert.deepEqual(decideCancellation(policy, { startsAt: start, now: late, by: 'customer' }), {
    kind: 'refused',
    hours: 24,
  });
  assert.deepEqual(decideCancellation(policy, { startsAt: start, now: late, by: 'staff' }), { kind: 'free' });
  assert.deepEqual(decideCancellation(policy, { startsAt: start, now: late, by: 'class_cancelled' }), { kind: 'free' });
});

test('an override for the service or the class type wins over the default; free hours fall back to the organisation’s', () => {
  const rows = [
    row({ lateAction: 'no_refund' }),
    row({ classTypeId: 'reformer', freeHours: 48, lateAction: 'fee', lateFeeKind: 'percent', lateFeeValue: 5000 }),
    row({ serviceId: 'massage', freeHours: 2, lateAction: 'refuse' }),
  ];
  assert.equal(policyOf(rows, { serviceId: null, classTypeId: 'yoga' }, 12).lateAction, 'no_refund');
  assert.equal(policyOf(rows, { serviceId: null, classTypeId: 'yoga' }, 12).freeHours, 12);
  assert.deepEqual(policyOf(rows, { serviceId: null, classTypeId: 'reformer' }, 12), {
    freeHours: 48,
    lateAction: 'fee',
    lateFee: { kind: 'percent', value: 5000 },
    refundTo: 'card',
    creditValidityDays: 365,
    noShowFee: null,
  });
  assert.equal(policyOf(rows, { serviceId: 'massage', classTypeId: null }, 12).freeHours, 2);
});

test('a late fee: fixed never more than paid; percent rounded half away from zero; credits keep all for a fixed fee', () => {
  assert.equal(lateFee({ kind: 'fixed', value: 5000 }, 3000), 3000);
  assert.equal(lateFee({ kind: 'fixed', value: 5000 }, 20_000), 5000);
  assert.equal(lateFee({ kind: 'percent', value: 2500 }, 10), 3, '2.5 rounds to 3');
  assert.equal(lateFee({ kind: 'percent', value: 2500 }, 9), 2, '2.25 rounds to 2');
  const policy = { freeHours: 24, lateAction: 'fee' as const, lateFee: { kind: 'fixed' as const, value: 100 } };
  const decision = decideCancellation(policy, { startsAt: start, now: start, by: 'staff' });
  assert.equal(decision.kind, 'late');
  if (decision.kind === 'late') {
    assert.equal(decision.keepMoney(20_000), 100);
    assert.equal(decision.keepCredits(3), 3);
  }
});

test('what is kept is never negative nor more than was paid', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('fixed' as const, 'percent' as const),
      fc.integer({ min: 0, max: 100_000_000 }),
      fc.integer({ min: 0, max: 100_000_000 }),
      (kind, value, paid) => {
        const fee = lateFee({ kind, value: kind === 'percent' ? value % 10_001 : value }, paid);
        return Number.isInteger(fee) && fee >= 0 && fee <= paid;
      },
    ),
  );
});

test('refund as credit: one credit per spot, less the credits a late fee keeps; the money follows the credits', () => {
  assert.deepEqual(
    creditRefund(20_000, 1, () => 0),
    { credits: 1, credited: 20_000, retained: 0 },
  );
  // A fixed fee cannot be split into credits: all of them are kept, and so is the money.
  assert.deepEqual(
    creditRefund(20_000, 1, (used) => used),
    { credits: 0, credited: 0, retained: 20_000 },
  );
  const quarter = (used: number) => lateFee({ kind: 'percent', value: 2500 }, used);
  assert.deepEqual(creditRefund(40_000, 4, quarter), { credits: 3, credited: 30_000, retained: 10_000 });
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 10_000_000 }),
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 0, max: 10_000 }),
      (held, spots, bp) => {
        const out = creditRefund(held, spots, (used) => lateFee({ kind: 'percent', value: bp }, used));
        return out.credited + out.retained === held && out.credited >= 0 && out.retained >= 0 && out.credits <= spots;
      },
    ),
  );
});

test('a no-show keeps everything without a fee, else the fee and never more than was paid', () => {
  const base = policyOf([], { serviceId: null, classTypeId: null }, 24);
  assert.equal(noShowKeeps(base, 20_000), 20_000);
  assert.equal(noShowKeeps({ ...base, noShowFee: { kind: 'fixed', value: 5000 } }, 20_000), 5000);
  assert.equal(noShowKeeps({ ...base, noShowFee: { kind: 'fixed', value: 50_000 } }, 20_000), 20_000);
  assert.equal(noShowKeeps({ ...base, noShowFee: { kind: 'percent', value: 5000 } }, 20_001), 10_001);
});
